using HookSnippets.Description;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Tests.Samples;

/// <summary>One rendered sample, and the operation whose request it must send.</summary>
internal sealed record RenderedSample(OperationModel Model, SnippetTarget Target, string Text)
{
    /// <summary>A file name unique within one rendering: <c>hooks.secrets.create.node-fetch.mjs</c>.</summary>
    public string FileName => Model.Operation.Id + "." + Target.FileName;

    public override string ToString() => $"{Target.Id} for {Model.Operation.Id}";
}

/// <summary>
/// The one way tests render samples: the embedded template pack for every operation of a description (a checked-in
/// file or one built in memory), optionally pointed at another base URL as <c>--base-url</c> does, and written to
/// files either side by side or each in a folder of its own (compiled samples share names: every Java sample is
/// class Main, every Go sample package main).
/// </summary>
internal static class TestSamples
{
    public const string Shipped = "endpoints.json";

    /// <summary>20 hostile secrets, a hostile hook id, query values and header, bodies native literals get wrong.</summary>
    public const string Hostile = "tests/fixtures/hostile.endpoints.json";

    /// <summary>HEAD and OPTIONS, and scalar, null, empty, <c>__proto__</c> and list-like bodies that native literals or HTTP libraries change.</summary>
    public const string EdgeCases = "tests/HookSnippets.Snippets.Tests/Syntax/edge-cases.endpoints.json";

    private static readonly SnippetRenderer Renderer = new(TemplatePack.Embedded);

    /// <summary>Reads a description; its validation must pass.</summary>
    /// <param name="description">A path relative to the repository root: <see cref="Shipped"/>, <see cref="Hostile"/> or <see cref="EdgeCases"/>.</param>
    public static ApiDescription Read(string description)
    {
        var result = DescriptionReader.Read(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), description)), description);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Description!;
    }

    /// <param name="description">A path relative to the repository root: <see cref="Shipped"/>, <see cref="Hostile"/> or <see cref="EdgeCases"/>.</param>
    /// <param name="baseUrl">Replaces the description's base URL, as <c>--base-url</c> does.</param>
    public static IReadOnlyList<RenderedSample> Render(string description, string targetId, string? baseUrl = null) =>
        Render(Read(description), targetId, baseUrl);

    /// <param name="baseUrl">Replaces the description's base URL, as <c>--base-url</c> does.</param>
    public static IReadOnlyList<RenderedSample> Render(ApiDescription api, string targetId, string? baseUrl = null) =>
        Render(api, RequestModelBuilder.Build(api, baseUrl is null ? null : ServerAddress.Parse(baseUrl)), targetId);

    /// <summary>Renders already built request models (build them once when rendering many targets).</summary>
    public static IReadOnlyList<RenderedSample> Render(ApiDescription api, IReadOnlyList<OperationModel> models, string targetId)
    {
        var target = TargetCatalogue.BuiltIn.Single(t => t.Id == targetId);
        var facts = new ApiFacts(api.Name, api.Title);
        var samples = models.Select(model => new RenderedSample(model, target, Renderer.Render(target, model, facts))).ToArray();
        Assert.NotEmpty(samples);
        return samples;
    }

    /// <summary>Writes each sample as <c>folder/&lt;operation id&gt;.&lt;target file&gt;</c> (UTF-8, no BOM); returns the paths in order.</summary>
    public static IReadOnlyList<string> WriteSideBySide(string folder, IEnumerable<RenderedSample> samples) =>
        samples.Select(sample =>
        {
            var path = Path.Combine(folder, sample.FileName);
            File.WriteAllText(path, sample.Text);
            return path;
        }).ToArray();

    /// <summary>Writes each sample as <c>folder/&lt;operation id&gt;/&lt;file name&gt;</c> (UTF-8, no BOM); returns the paths in order.</summary>
    /// <param name="fileName">The file name in each folder; the target's own (<c>java-httpclient.java</c>) when null.</param>
    public static IReadOnlyList<string> WriteEachInOwnFolder(string folder, IReadOnlyList<RenderedSample> samples, string? fileName = null) =>
        samples.Select(sample =>
        {
            var directory = Path.Combine(folder, sample.Model.Operation.Id);
            Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, fileName ?? sample.Target.FileName);
            File.WriteAllText(path, sample.Text);
            return path;
        }).ToArray();
}
