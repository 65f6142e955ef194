using HookSnippets.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HookSnippets.Generator.Tests;

/// <summary>Which files are descriptions, and how MSBuild properties and item metadata name the client.</summary>
public sealed class OptionsTests
{
    private static readonly string Minimal = File.ReadAllText(Path.Combine(SnapshotTests.DescriptionsFolder, "minimal.json"));

    [Theory]
    [InlineData("/project/endpoints.json")]
    [InlineData("/project/Endpoints.JSON")]
    [InlineData(@"C:\project\api\ENDPOINTS.json")]
    public void A_file_named_endpoints_json_in_any_case_is_a_description(string path)
    {
        Assert.Contains("InventoryClient", ClientTypes(Run(path)));
    }

    [Fact]
    public void Another_json_file_is_ignored_unless_marked_with_HookSnippets_true()
    {
        Assert.Empty(Run("/project/inventory.json").GeneratedTrees);

        var marked = Run("/project/inventory.json", metadata: new() { ["HookSnippets"] = "true" });
        Assert.Contains("InventoryClient", ClientTypes(marked));
    }

    [Fact]
    public void HookSnippets_false_opts_an_endpoints_json_out()
    {
        Assert.Empty(Run("/project/endpoints.json", metadata: new() { ["HookSnippets"] = "false" }).GeneratedTrees);
    }

    [Fact]
    public void The_namespace_defaults_to_RootNamespace_then_to_the_description_name()
    {
        Assert.Contains("namespace Consumer;", Text(Run("/project/endpoints.json")));

        var withoutRoot = Run("/project/endpoints.json", properties: new() { ["TargetFramework"] = "net8.0" });
        Assert.Contains("namespace Inventory;", Text(withoutRoot));
    }

    [Fact]
    public void Project_properties_set_namespace_and_client_name_and_item_metadata_overrides_them()
    {
        var properties = new Dictionary<string, string>(GeneratorRunner.DefaultProperties)
        {
            ["HookSnippetsNamespace"] = "Company.Api",
            ["HookSnippetsClientName"] = "StockApi",
        };
        var fromProject = Run("/project/endpoints.json", properties);
        Assert.Contains("namespace Company.Api;", Text(fromProject));
        Assert.Contains("StockApi", ClientTypes(fromProject));

        var fromItem = Run(
            "/project/endpoints.json",
            properties,
            new() { ["HookSnippetsNamespace"] = "Item.Level", ["HookSnippetsClientName"] = "ItemClient" });
        Assert.Contains("namespace Item.Level;", Text(fromItem));
        Assert.Contains("ItemClient", ClientTypes(fromItem));
        Assert.DoesNotContain("StockApi", ClientTypes(fromItem));
    }

    [Theory]
    [InlineData("HookSnippetsNamespace", "My-Company.Api", "HookSnippetsNamespace 'My-Company.Api' is not a valid C# namespace")]
    [InlineData("HookSnippetsNamespace", "Api.class", "HookSnippetsNamespace 'Api.class' is not a valid C# namespace")]
    [InlineData("HookSnippetsClientName", "2Client", "HookSnippetsClientName '2Client' is not a valid C# type name")]
    public void An_invalid_name_option_reports_HS2004_and_emits_nothing(string property, string value, string message)
    {
        var result = Run("/project/endpoints.json", new Dictionary<string, string>(GeneratorRunner.DefaultProperties) { [property] = value });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("HS2004", diagnostic.Id);
        Assert.Equal(message, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/project/endpoints.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Two_descriptions_generating_the_same_client_report_HS2003_on_the_second_and_keep_the_first()
    {
        AdditionalText[] files =
        [
            new InMemoryAdditionalText("/project/b/endpoints.json", Minimal),
            new InMemoryAdditionalText("/project/a/endpoints.json", Minimal),
        ];

        var result = GeneratorRunner.Run(files);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("HS2003", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/project/b/endpoints.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(
            "The client 'Consumer.InventoryClient' is already generated from '/project/a/endpoints.json'; set HookSnippetsNamespace or HookSnippetsClientName on one of the two AdditionalFiles items",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(result.GeneratedTrees, t => t.FilePath.EndsWith("Consumer.InventoryClient.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Same_client_name_in_different_namespaces_is_not_a_collision()
    {
        AdditionalText[] files =
        [
            new InMemoryAdditionalText("/project/a/endpoints.json", Minimal),
            new InMemoryAdditionalText("/project/b/endpoints.json", Minimal),
        ];
        var options = TestOptionsProvider.Create(
            GeneratorRunner.DefaultProperties,
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                ["/project/b/endpoints.json"] = new Dictionary<string, string> { ["HookSnippetsNamespace"] = "Other" },
            });

        var result = GeneratorRunner.Run(files, options);

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Consumer.InventoryClient.g.cs", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Other.InventoryClient.g.cs", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("HookSnippets.Runtime.Other.g.cs", StringComparison.Ordinal));
    }

    private static GeneratorDriverRunResult Run(
        string path,
        Dictionary<string, string>? properties = null,
        Dictionary<string, string>? metadata = null)
    {
        var options = TestOptionsProvider.Create(
            properties ?? new Dictionary<string, string>(GeneratorRunner.DefaultProperties),
            metadata is null ? null : new Dictionary<string, IReadOnlyDictionary<string, string>> { [path] = metadata });
        return GeneratorRunner.Run([new InMemoryAdditionalText(path, Minimal)], options);
    }

    private static string Text(GeneratorDriverRunResult result) =>
        string.Concat(result.GeneratedTrees.Select(t => t.GetText().ToString()));

    private static string[] ClientTypes(GeneratorDriverRunResult result) =>
        result.GeneratedTrees
            .Select(t => Path.GetFileName(t.FilePath))
            .Where(name => !name.StartsWith("HookSnippets.Runtime.", StringComparison.Ordinal))
            .Select(name => name.Split('.')[^3])
            .ToArray();
}
