using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Docs;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Snippets.Output;

/// <summary>
/// What to render. <see cref="Targets"/> holds target ids or languages (<c>python</c> selects both Python targets);
/// empty means every target that has a template. <see cref="Operations"/> holds operation ids; empty means all.
/// </summary>
public sealed record RenderOptions(
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Operations,
    ServerAddress? BaseUrl = null,
    DocsFlavor Flavor = DocsFlavor.Markdown)
{
    public static RenderOptions All { get; } = new([], []);

    /// <summary>
    /// For a description, a builder of response examples valid for a schema (or null when it can build none), which
    /// reference pages show when the description gives a response no example of its own. Without it they show none.
    /// The CLI passes the importer's example builder (HookSnippets.OpenApi.ResponseExamples), so that pages and
    /// imported request examples are built alike.
    /// </summary>
    public Func<ApiDescription, Func<Schema, JsonNode?>>? ResponseExamples { get; init; }
}

/// <summary>A <c>--target</c> or <c>--operation</c> that names nothing.</summary>
public sealed class SelectionException(string message) : Exception(message);
