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
}

/// <summary>A <c>--target</c> or <c>--operation</c> that names nothing.</summary>
public sealed class SelectionException(string message) : Exception(message);
