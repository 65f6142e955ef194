using HookSnippets.Description.Text;

namespace HookSnippets.Snippets.Rendering;

/// <summary>
/// A target cannot send an operation's request exactly, so its sample is not written: HS3008 when the template says
/// so (<c>cannot_send</c>), HS3009 when a template calls the generated client for a request it cannot send yet. The
/// span is in the description, where the cause is written.
/// </summary>
public sealed class SampleRefusedException(string id, string message, SourceSpan span) : Exception(message)
{
    public string Id { get; } = id;

    public SourceSpan Span { get; } = span;
}
