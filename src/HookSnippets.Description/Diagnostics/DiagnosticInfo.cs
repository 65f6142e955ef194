using System.Globalization;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Diagnostics;

/// <summary>A diagnostic carried as data: the generator turns it into a compiler diagnostic, the CLI prints it.</summary>
public sealed record DiagnosticInfo(string Id, Severity Severity, string Message, string FilePath, SourceSpan Span)
{
    /// <summary>MSBuild canonical format: <c>endpoints.json(12,5): error HS1003: message</c> (1-based line and column).</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}({1},{2}): {3} {4}: {5}",
        FilePath,
        Span.StartLine + 1,
        Span.StartColumn + 1,
        Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" },
        Id,
        Message);
}
