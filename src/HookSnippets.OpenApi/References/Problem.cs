using HookSnippets.Description.Diagnostics;

namespace HookSnippets.OpenApi.References;

/// <summary>
/// A node of the combined document the import cannot use (a broken <c>$ref</c>, a reference cycle, a reader error),
/// at <paramref name="Pointer"/>: the operations that reach it are not imported, the others are. The diagnostic is
/// located where the user can fix it.
/// </summary>
internal sealed record Problem(string Pointer, DiagnosticInfo Diagnostic);
