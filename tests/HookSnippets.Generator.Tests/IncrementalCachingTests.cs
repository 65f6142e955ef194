using System.Reflection;
using HookSnippets.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Generator.Tests;

/// <summary>
/// What re-runs after an edit, read from the driver's tracked steps: C# edits re-run nothing, a description edit
/// re-runs only that description's steps, an MSBuild option change regenerates without re-parsing.
/// </summary>
public sealed class IncrementalCachingTests
{
    private static readonly string[] AllStepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    private static readonly IncrementalStepRunReason[] Reused = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void First_run_goes_through_every_named_step()
    {
        var (driver, compilation, _) = Start();

        var steps = driver.RunGenerators(compilation).GetRunResult().Results.Single().TrackedSteps;

        Assert.All(AllStepNames, name => Assert.True(steps.ContainsKey(name), $"step {name} was not tracked"));
    }

    [Fact]
    public void Editing_an_unrelated_cs_file_leaves_every_step_cached_and_parses_nothing()
    {
        var (driver, compilation, _) = Start();
        driver = driver.RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees[0],
            CSharpSyntaxTree.ParseText("namespace Consumer; public sealed class Program { public int Edited; }", GeneratorRunner.ParseOptions, "Source0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var (name, runs) in result.TrackedSteps)
        {
            Assert.All(runs.SelectMany(r => r.Outputs), output => Assert.Contains(output.Reason, Reused));
        }

        Assert.All(result.TrackedSteps[TrackingNames.ParsedDescriptions].SelectMany(r => r.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(r => r.Outputs), o => Assert.Contains(o.Reason, Reused));
        Assert.NotEmpty(result.GeneratedSources);
    }

    [Fact]
    public void Editing_one_description_reruns_only_what_depends_on_it()
    {
        var (driver, compilation, files) = Start();
        driver = driver.RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(files[0].Path, files[0].GetText()!.ToString().Replace("Get an item", "Fetch an item", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(files[0], edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(
            [IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            Reasons(result, TrackingNames.ParsedDescriptions));
        Assert.Equal(
            [IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            Reasons(result, TrackingNames.ResolvedClients));
        Assert.Equal(
            [IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            Reasons(result, TrackingNames.ClientSources));
        Assert.All(Reasons(result, TrackingNames.ProjectOptions), r => Assert.Contains(r, Reused));
        Assert.All(Reasons(result, TrackingNames.RuntimeNamespace), r => Assert.Contains(r, Reused));
        Assert.All(Reasons(result, TrackingNames.SharedSources), r => Assert.Contains(r, Reused));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("Fetch an item", StringComparison.Ordinal));
    }

    [Fact]
    public void Moving_text_in_a_description_reports_its_diagnostics_at_their_new_places_and_emits_nothing_again()
    {
        // A misspelt member gives a warning (HS1006), located in the file: the one thing an edit that moves text changes.
        var (driver, compilation, files) = Start(minimal => minimal.Replace("\"summary\": \"Get an item\",", "\"summary\": \"Get an item\", \"sumary\": \"typo\",", StringComparison.Ordinal));
        driver = driver.RunGenerators(compilation);
        var before = driver.GetRunResult();

        var text = files[0].GetText()!.ToString();
        var moved = text.Replace("\"operations\": {", "\"operations\":\n\n  {", StringComparison.Ordinal).Replace("\n      \"path\"", "\n          \"path\"", StringComparison.Ordinal);
        Assert.NotEqual(text, moved);
        var result = driver.ReplaceAdditionalText(files[0], new InMemoryAdditionalText(files[0].Path, moved)).RunGenerators(compilation).GetRunResult();
        var run = result.Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], Reasons(run, TrackingNames.ParsedDescriptions));
        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], Reasons(run, TrackingNames.Resolutions));
        Assert.Equal([IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], Reasons(run, TrackingNames.ClientDiagnostics));
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached], Reasons(run, TrackingNames.ResolvedClients));
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached], Reasons(run, TrackingNames.ClientSources));
        Assert.Equal(
            before.GeneratedTrees.Select(tree => tree.ToString()),
            result.GeneratedTrees.Select(tree => tree.ToString()));

        var (oldWarning, newWarning) = (Assert.Single(before.Diagnostics), Assert.Single(result.Diagnostics));
        Assert.Equal(("HS1006", "HS1006"), (oldWarning.Id, newWarning.Id));
        Assert.Equal(
            oldWarning.Location.GetLineSpan().StartLinePosition.Line + 2,
            newWarning.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Changing_an_msbuild_option_regenerates_without_parsing_again()
    {
        var (driver, compilation, _) = Start();
        driver = driver.RunGenerators(compilation);

        var options = TestOptionsProvider.Create(new Dictionary<string, string>(GeneratorRunner.DefaultProperties)
        {
            ["HookSnippetsNamespace"] = "Renamed.Api",
        });
        var result = driver.WithUpdatedAnalyzerConfigOptions(options).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.ProjectOptions));
        Assert.All(Reasons(result, TrackingNames.ParsedDescriptions), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.ClientSources), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.RuntimeNamespace));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.SharedSources));
        Assert.All(result.GeneratedSources, s => Assert.Contains("namespace Renamed.Api", s.SourceText.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Changing_the_client_name_regenerates_the_clients_but_not_the_shared_runtime()
    {
        var (driver, compilation, _) = Start();
        driver = driver.RunGenerators(compilation);

        var options = TestOptionsProvider.Create(new Dictionary<string, string>(GeneratorRunner.DefaultProperties)
        {
            ["HookSnippetsClientName"] = "RenamedClient",
        });
        var result = driver.WithUpdatedAnalyzerConfigOptions(options).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, TrackingNames.ProjectOptions));
        Assert.All(Reasons(result, TrackingNames.ClientSources), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.Equal([IncrementalStepRunReason.Unchanged], Reasons(result, TrackingNames.RuntimeNamespace));
        Assert.Equal([IncrementalStepRunReason.Cached], Reasons(result, TrackingNames.SharedSources));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("public sealed class RenamedClientOptions", StringComparison.Ordinal));
    }

    /// <summary>
    /// Two descriptions in one project (ordinal path order: a/ before b/), plus one C# file; <paramref name="editMinimal"/>
    /// changes the first one's text.
    /// </summary>
    private static (GeneratorDriver Driver, CSharpCompilation Compilation, AdditionalText[] Files) Start(Func<string, string>? editMinimal = null)
    {
        var minimal = File.ReadAllText(Path.Combine(SnapshotTests.DescriptionsFolder, "minimal.json"));
        minimal = editMinimal?.Invoke(minimal) ?? minimal;
        var catalog = File.ReadAllText(Path.Combine(SnapshotTests.DescriptionsFolder, "query-and-body.json"));
        AdditionalText[] files =
        [
            new InMemoryAdditionalText("/project/a/endpoints.json", minimal),
            new InMemoryAdditionalText("/project/b/endpoints.json", catalog),
        ];
        var compilation = GeneratorRunner.Compilation("namespace Consumer; public sealed class Program { }");
        return (GeneratorRunner.CreateDriver(files), compilation, files);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(r => r.Outputs).Select(o => o.Reason).ToArray();
}
