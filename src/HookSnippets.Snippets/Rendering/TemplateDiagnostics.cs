using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Text;

namespace HookSnippets.Snippets.Rendering;

internal static class TemplateDiagnostics
{
    /// <summary>An HS3001 at a Scriban span. Both count lines and columns from 0; DiagnosticInfo prints them 1-based.</summary>
    public static DiagnosticInfo Create(string path, Scriban.Parsing.SourceSpan span, string message) => new(
        DiagnosticIds.TemplateError,
        Severity.Error,
        message,
        path,
        new SourceSpan(
            span.Start.Offset,
            Math.Max(0, span.End.Offset - span.Start.Offset + 1),
            span.Start.Line,
            span.Start.Column,
            span.End.Line,
            span.End.Column));
}
