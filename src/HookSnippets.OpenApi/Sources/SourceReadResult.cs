using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Text;

namespace HookSnippets.OpenApi.Sources;

/// <summary>
/// A file read as JSON or YAML: the tree when it could be read, else the error (a syntax error located in the file,
/// or the reason the file could not be read at all); and the duplicate keys found (the last value of a duplicated
/// key is used, as JSON parsers do).
/// </summary>
internal sealed record SourceReadResult(SourceFile? File, DiagnosticInfo? Error, IReadOnlyList<DuplicateKey> Duplicates)
{
    public static SourceReadResult Failed(DiagnosticInfo error) => new(null, error, []);
}

/// <summary>A key written twice in one object: where the second one stands, by pointer and by position.</summary>
internal sealed record DuplicateKey(string Name, string Pointer, SourceSpan Span);
