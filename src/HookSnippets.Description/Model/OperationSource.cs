using HookSnippets.Description.Text;

namespace HookSnippets.Description.Model;

/// <summary>
/// The OpenAPI operation an operation was imported from, so that samples can be written back into that file
/// (<c>render --openapi</c>): found by <see cref="OperationId"/> when it has one, else by <see cref="Method"/> and
/// <see cref="Path"/>, the key of the <c>paths</c> object as the file writes it.
/// </summary>
public sealed record OperationSource(string? OperationId, string Method, string Path, SourceSpan Span);
