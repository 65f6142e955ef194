using System;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HookSnippets.Generator.Diagnostics;

/// <summary>Turns diagnostic data into compiler diagnostics located inside the description file.</summary>
internal static class DiagnosticMapping
{
    /// <summary>
    /// The severity comes from the descriptor: the overloads taking an effective severity also take an
    /// ImmutableDictionary, and the analyzer must not reference System.Collections.Immutable.
    /// </summary>
    public static Diagnostic ToDiagnostic(DiagnosticInfo info) => Diagnostic.Create(
        DiagnosticDescriptors.For(info.Id, info.Severity),
        ToLocation(info.FilePath, info.Span),
        info.Message);

    /// <summary>
    /// An external-file location: the IDE underlines the JSON and the build prints <c>endpoints.json(line,col)</c>.
    /// Roslyn throws on negative or reversed positions, so a malformed span is clamped rather than allowed to crash the build.
    /// </summary>
    public static Location ToLocation(string path, SourceSpan span)
    {
        if (path.Length == 0)
        {
            return Location.None;
        }

        var start = new Microsoft.CodeAnalysis.Text.LinePosition(Math.Max(0, span.StartLine), Math.Max(0, span.StartColumn));
        var end = new Microsoft.CodeAnalysis.Text.LinePosition(Math.Max(0, span.EndLine), Math.Max(0, span.EndColumn));
        if (end < start)
        {
            end = start;
        }

        return Location.Create(
            path,
            new TextSpan(Math.Max(0, span.Start), Math.Max(0, span.Length)),
            new LinePositionSpan(start, end));
    }
}
