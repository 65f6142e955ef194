using HookSnippets.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HookSnippets.Generator.Tests;

/// <summary>The generated sources, byte for byte, for the shipped description and small focused ones.</summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Shipped_endpoints_json_generates_the_snapshot()
    {
        Verify("Auth0Management", GeneratorRunner.ReadEndpointsJson());
    }

    [Theory]
    [InlineData("minimal")]
    [InlineData("query-and-body")]
    public void Focused_description_generates_the_snapshot(string name)
    {
        // The shared runtime depends only on the namespace (Consumer in every case), so only the shipped case keeps a
        // snapshot of it; here it must equal that one byte for byte.
        var sources = Generate(File.ReadAllText(Path.Combine(DescriptionsFolder, name + ".json")));
        var runtime = Assert.Single(sources, s => s.HintName == RuntimeHintName);
        Assert.Equal(Assert.Single(Generate(GeneratorRunner.ReadEndpointsJson()), s => s.HintName == RuntimeHintName).Text, runtime.Text);
        Snapshots.Verify(name, sources.Where(s => s.HintName != RuntimeHintName).ToList());
    }

    [Fact]
    public void Two_runs_produce_byte_identical_sources_with_stable_hint_names()
    {
        var json = GeneratorRunner.ReadEndpointsJson();
        var first = Generate(json);
        var second = Generate(json);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    private const string RuntimeHintName = "HookSnippets-Runtime.g.cs";

    internal static string DescriptionsFolder => Path.Combine(RepositoryPaths.Root, "tests", "HookSnippets.Generator.Tests", "Descriptions");

    private static void Verify(string caseName, string json) => Snapshots.Verify(caseName, Generate(json));

    /// <summary>The project's own endpoints.json, whose files keep the plain hint names.</summary>
    private static List<(string HintName, string Text)> Generate(string json)
    {
        var result = GeneratorRunner.Run([new InMemoryAdditionalText("/project/endpoints.json", json)]);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.NotEmpty(result.GeneratedTrees);
        return result.Results
            .Single()
            .GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();
    }
}
