using HookSnippets.Description.Text;

namespace HookSnippets.Snippets.Requests;

/// <summary>An operation whose expected request cannot be built (a <c>..</c> path example, a header value with a line break...).</summary>
public sealed class RequestModelException(string message, SourceSpan span) : Exception(message)
{
    public SourceSpan Span { get; } = span;
}
