using HookSnippets.Description;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;
using HookSnippets.Verification;

namespace HookSnippets.Snippets.Tests.Samples;

/// <summary>One rendered sample, and the operation whose request it must send.</summary>
internal sealed record RenderedSample(OperationModel Model, SnippetTarget Target, string Text)
{
    /// <summary>The sample as verify's runners take it.</summary>
    public Sample ToSample() => new(Model.Operation.Id, Target, Text, Model.Expected, Worker: 0);

    public override string ToString() => $"{Target.Id} for {Model.Operation.Id}";
}

/// <summary>
/// The one way tests render samples: the embedded template pack for every operation of a description (a checked-in
/// file or one built in memory), optionally pointed at another base URL as <c>--base-url</c> does.
/// </summary>
internal static class TestSamples
{
    public const string Shipped = "endpoints.json";

    /// <summary>20 hostile secrets, a hostile hook id, query values and header, bodies native literals get wrong.</summary>
    public const string Hostile = "tests/fixtures/hostile.endpoints.json";

    /// <summary>HEAD and OPTIONS, and scalar, null, empty, <c>__proto__</c> and list-like bodies that native literals or HTTP libraries change.</summary>
    public const string EdgeCases = "tests/fixtures/edge-cases.endpoints.json";

    /// <summary>The three checked-in descriptions every target is checked with.</summary>
    public static TheoryData<string> Descriptions => [Shipped, Hostile, EdgeCases];

    /// <summary>Every shipped target, in docs order.</summary>
    public static IReadOnlyList<SnippetTarget> Targets => TemplatePack.Embedded.Targets;

    private static readonly SnippetRenderer Renderer = new(TemplatePack.Embedded);

    /// <summary>Reads a description; its validation must pass.</summary>
    /// <param name="description">A path relative to the repository root: <see cref="Shipped"/>, <see cref="Hostile"/> or <see cref="EdgeCases"/>.</param>
    public static ApiDescription Read(string description)
    {
        var result = DescriptionReader.Read(File.ReadAllText(RepositoryRoot.File(description)), description);
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

    /// <summary>The samples a target writes for a description: those it declares it cannot send (HS3008, HS3009) left out.</summary>
    public static IReadOnlyList<RenderedSample> RenderWritten(string description, string targetId)
    {
        var api = Read(description);
        var target = Targets.Single(t => t.Id == targetId);
        var facts = new ApiFacts(api.Name, api.Title);
        var samples = new List<RenderedSample>();
        foreach (var model in RequestModelBuilder.Build(api))
        {
            try
            {
                samples.Add(new RenderedSample(model, target, Renderer.Render(target, model, facts)));
            }
            catch (SampleRefusedException)
            {
            }
        }

        Assert.NotEmpty(samples);
        return samples;
    }

    /// <summary>Renders already built request models (build them once when rendering many targets).</summary>
    public static IReadOnlyList<RenderedSample> Render(ApiDescription api, IReadOnlyList<OperationModel> models, string targetId)
    {
        var target = Targets.Single(t => t.Id == targetId);
        var facts = new ApiFacts(api.Name, api.Title);
        var samples = models.Select(model => new RenderedSample(model, target, Renderer.Render(target, model, facts))).ToArray();
        Assert.NotEmpty(samples);
        return samples;
    }
}
