using System;
using System.Globalization;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Text;

namespace HookSnippets.Generator.Diagnostics;

/// <summary>
/// The diagnostics the generator itself reports (HS2001, HS2002, HS2004, HS2005; ids in DiagnosticIds), built as data so
/// they flow through the cached pipeline like the reader's. They point at the start of the description file they are about.
/// </summary>
internal static class GeneratorDiagnostics
{
    /// <summary>Diagnostics about a whole file point at its first character, where the IDE can still underline.</summary>
    public static readonly SourceSpan FileStart = new(0, 0, 0, 0, 0, 0);

    public static DiagnosticInfo UnsupportedTargetFramework(string path, string targetFramework) => new(
        DiagnosticIds.UnsupportedTargetFramework,
        Severity.Error,
        string.Format(
            CultureInfo.InvariantCulture,
            "The client generated from this description needs net8.0 or later, but the project targets '{0}'; target net8.0 or later, or remove the file from AdditionalFiles",
            targetFramework),
        path,
        FileStart);

    /// <summary>An exception the generator did not expect, reported instead of crashing the compiler (no stack trace: it would leak paths and change between builds).</summary>
    public static DiagnosticInfo InternalError(string path, string step, Exception exception) => new(
        DiagnosticIds.InternalError,
        Severity.Error,
        string.Format(
            CultureInfo.InvariantCulture,
            "The HookSnippets generator failed while {0}: {1}: {2}",
            step,
            exception.GetType().FullName,
            exception.Message),
        path,
        FileStart);

    public static DiagnosticInfo InvalidNameOption(string path, string option, string value, string expected) => new(
        DiagnosticIds.InvalidNameOption,
        Severity.Error,
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} '{1}' is not a valid C# {2}",
            option,
            value,
            expected),
        path,
        FileStart);

    public static DiagnosticInfo UnreadableFile(string path) => new(
        DiagnosticIds.UnreadableFile,
        Severity.Error,
        "The description file could not be read",
        path,
        FileStart);
}
