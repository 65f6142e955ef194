using HookSnippets.Description.Json;
using HookSnippets.OpenApi.Sources;

namespace HookSnippets.OpenApi.References;

/// <summary>The node a <c>$ref</c> names: its file, its pointer in that file, the node itself.</summary>
internal sealed record ReferenceTarget(SourceFile File, IReadOnlyList<string> Tokens, JsonNode Node)
{
    /// <summary>The same node reached by different spellings (<c>./a.yaml</c>, <c>a.yaml</c>) has one identity.</summary>
    public string Identity => File.FullPath + JsonPointer.FromTokens(Tokens);
}
