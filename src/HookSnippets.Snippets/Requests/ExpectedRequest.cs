using HookSnippets.Description;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// What every sample of an operation must send (docs/endpoint-format.md). <see cref="Body"/> is the
/// example as compact JSON, or null; a sample may format it differently as long as it parses to the same value.
/// </summary>
public sealed record ExpectedRequest(string Method, string Url, EquatableArray<HttpHeader> Headers, string? Body);
