using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// An additional file picked as a description: its path, its text, and the options set on its
/// <c>AdditionalFiles</c> item. <see cref="Text"/> is null when the file could not be read; <see cref="Problem"/>
/// then says why when an exception was the cause.
/// </summary>
internal sealed record DescriptionFile(string Path, string? Text, FileOptions Options, DiagnosticInfo? Problem = null);

/// <summary>Item metadata <c>HookSnippetsNamespace</c>/<c>HookSnippetsClientName</c>; null when not set.</summary>
internal sealed record FileOptions(string? Namespace, string? ClientName)
{
    public static readonly FileOptions None = new(null, null);
}
