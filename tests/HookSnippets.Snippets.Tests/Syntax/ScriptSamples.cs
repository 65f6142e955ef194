using HookSnippets.Description;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Tests.Syntax;

/// <summary>One rendered sample, and the request it must send.</summary>
internal sealed record RenderedSample(OperationModel Model, SnippetTarget Target, string Text)
{
    /// <summary>A file name unique within one rendering: <c>hooks.secrets.create.node-fetch.mjs</c>.</summary>
    public string FileName => Model.Operation.Id + "." + Target.FileName;

    public override string ToString() => $"{Target.Id} for {Model.Operation.Id}";
}

/// <summary>
/// Renders the shipped template pack for every operation of the shipped endpoints.json, of the hostile fixture
/// (20 hostile secrets, a hostile hook id, query values and header, bodies native literals get wrong) or of
/// <see cref="EdgeCases"/>.
/// </summary>
internal static class ScriptSamples
{
    public const string Shipped = "endpoints.json";

    public const string Hostile = "tests/fixtures/hostile.endpoints.json";

    /// <summary>HEAD and OPTIONS, and scalar, null, empty, <c>__proto__</c> and list-like bodies that native literals or HTTP libraries change.</summary>
    public const string EdgeCases = "tests/HookSnippets.Snippets.Tests/Syntax/edge-cases.endpoints.json";

    private static readonly SnippetRenderer Renderer = new(TemplatePack.Embedded);

    /// <summary>The folder holding HookSnippets.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <param name="description">A path relative to the repository root: <see cref="Shipped"/>, <see cref="Hostile"/> or <see cref="EdgeCases"/>.</param>
    /// <param name="baseUrl">Replaces the description's base URL, as <c>--base-url</c> does.</param>
    public static IReadOnlyList<RenderedSample> Render(string description, string targetId, string? baseUrl = null)
    {
        var result = DescriptionReader.Read(File.ReadAllText(Path.Combine(RepositoryRoot, description)), description);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        var api = result.Description!;
        var target = TargetCatalogue.BuiltIn.Single(t => t.Id == targetId);
        var facts = new ApiFacts(api.Name, api.Title);
        return RequestModelBuilder.Build(api, baseUrl is null ? null : ServerAddress.Parse(baseUrl))
            .Select(model => new RenderedSample(model, target, Renderer.Render(target, model, facts)))
            .ToArray();
    }

    /// <summary>Writes each sample as UTF-8 without BOM into <paramref name="folder"/>; returns the paths in order.</summary>
    public static IReadOnlyList<string> Write(string folder, IEnumerable<RenderedSample> samples) =>
        samples.Select(sample =>
        {
            var path = Path.Combine(folder, sample.FileName);
            File.WriteAllText(path, sample.Text);
            return path;
        }).ToArray();

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HookSnippets.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No HookSnippets.sln above {AppContext.BaseDirectory}.");
    }
}
