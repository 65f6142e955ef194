using System.Reflection;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Generator.Diagnostics;
using HookSnippets.Generator.Tests.Infrastructure;

namespace HookSnippets.Generator.Tests;

/// <summary>Every HS id has one fixed descriptor, listed in AnalyzerReleases.Unshipped.md with the same category and severity.</summary>
public sealed class DiagnosticCatalogueTests
{
    /// <summary>The generator reports the description's codes (HS1xxx) and its own and the client shape's (HS2xxx).</summary>
    [Fact]
    public void Every_reader_client_and_generator_id_has_a_descriptor()
    {
        var ids = Constants(typeof(DiagnosticIds))
            .Where(id => id.StartsWith("HS1", StringComparison.Ordinal) || id.StartsWith("HS2", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(ids, DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void AnalyzerReleases_Unshipped_lists_each_descriptor_with_its_category_and_severity()
    {
        var path = Path.Combine(RepositoryPaths.Root, "src", "HookSnippets.Generator", "AnalyzerReleases.Unshipped.md");
        var rows = File.ReadAllLines(path)
            .Where(line => line.StartsWith("HS", StringComparison.Ordinal))
            .Select(line => string.Join(" | ", line.Split('|').Take(3).Select(cell => cell.Trim())))
            .Order(StringComparer.Ordinal)
            .ToArray();

        var expected = DiagnosticDescriptors.All
            .Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, rows);
    }

    [Fact]
    public void An_id_missing_from_the_table_still_gets_a_descriptor_with_the_reported_severity()
    {
        var descriptor = DiagnosticDescriptors.For("HS1999", Severity.Warning);

        Assert.Equal("HS1999", descriptor.Id);
        Assert.Equal(DiagnosticDescriptors.DescriptionCategory, descriptor.Category);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, descriptor.DefaultSeverity);
    }

    private static IEnumerable<string> Constants(Type type) => type
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Where(value => value.StartsWith("HS", StringComparison.Ordinal));
}
