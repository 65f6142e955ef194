using HookSnippets.Description.Json;

namespace HookSnippets.OpenApi.Sources;

/// <summary>
/// One file of an OpenAPI description (the document itself or a file a <c>$ref</c> names), read into a JSON tree
/// whose nodes keep their spans in this file, so every diagnostic can point at the line the user wrote.
/// </summary>
/// <param name="FullPath">The absolute path: the identity of the file for references and cycles.</param>
/// <param name="DisplayPath">The path as diagnostics print it (the path given for the document, the others relative to it).</param>
internal sealed record SourceFile(string FullPath, string DisplayPath, JsonNode Root);
