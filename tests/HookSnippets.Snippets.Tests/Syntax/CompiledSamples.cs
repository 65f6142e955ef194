using HookSnippets.Description;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Tests.Syntax;

/// <summary>One rendered sample of a compiled-language target, and the operation whose request it must send.</summary>
internal sealed record CompiledSample(OperationModel Model, SnippetTarget Target, string Text)
{
    public override string ToString() => $"{Target.Id} for {Model.Operation.Id}";
}

/// <summary>
/// Renders the shipped templates for every operation of the shipped endpoints.json or of the hostile fixture, and
/// writes each sample into a folder of its own (compiled samples share names: every Java sample is class Main, every
/// Go sample package main).
/// </summary>
internal static class CompiledSamples
{
    public const string Shipped = "endpoints.json";

    public const string Hostile = "tests/fixtures/hostile.endpoints.json";

    public static readonly string[] Descriptions = [Shipped, Hostile];

    private static readonly SnippetRenderer Renderer = new(TemplatePack.Embedded);

    /// <param name="description">A path relative to the repository root: <see cref="Shipped"/> or <see cref="Hostile"/>.</param>
    /// <param name="baseUrl">Replaces the description's base URL, as <c>--base-url</c> does.</param>
    public static IReadOnlyList<CompiledSample> Render(string description, string targetId, string? baseUrl = null)
    {
        var result = DescriptionReader.Read(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), description)), description);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var api = result.Description!;
        var target = TargetCatalogue.BuiltIn.Single(t => t.Id == targetId);
        var facts = new ApiFacts(api.Name, api.Title);
        var samples = RequestModelBuilder.Build(api, baseUrl is null ? null : ServerAddress.Parse(baseUrl))
            .Select(model => new CompiledSample(model, target, Renderer.Render(target, model, facts)))
            .ToArray();
        Assert.NotEmpty(samples);
        return samples;
    }

    /// <summary>Writes each sample as <c>folder/&lt;operation id&gt;/&lt;file name&gt;</c> (UTF-8, no BOM); returns the paths in order.</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<CompiledSample> samples, string? fileName = null) =>
        samples.Select(sample =>
        {
            var directory = Path.Combine(folder, sample.Model.Operation.Id);
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, fileName ?? sample.Target.FileName);
            File.WriteAllText(path, sample.Text);
            return path;
        }).ToArray();
}
