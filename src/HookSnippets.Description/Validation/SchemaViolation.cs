using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Validation;

/// <summary>
/// Why a value does not match a schema: the diagnostic code (<see cref="DiagnosticIds.ExampleMismatch"/>, or
/// <see cref="DiagnosticIds.PatternTimeout"/> when a pattern could not decide in time), the JSON path and span of
/// the offending value, the keyword that failed, and the reason in words.
/// </summary>
public sealed record SchemaViolation(string Id, string Path, string Keyword, string Reason, SourceSpan Span);
