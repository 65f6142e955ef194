using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Description.Json;

/// <summary>Result of reading JSON text: the root when it is well-formed, and what was wrong otherwise.</summary>
public sealed record JsonParseResult(JsonNode? Root, EquatableArray<DiagnosticInfo> Diagnostics);
