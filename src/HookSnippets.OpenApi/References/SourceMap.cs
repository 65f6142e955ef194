using HookSnippets.Description.Json;
using HookSnippets.OpenApi.Sources;

namespace HookSnippets.OpenApi.References;

/// <summary>
/// From a pointer into the combined document (what Microsoft.OpenApi and the converters report) back to the file,
/// pointer and span the user wrote. Every subtree taken from elsewhere (a file a <c>$ref</c> names, or a node a deep
/// <c>$ref</c> points into) is mounted at its place in the combined document; the longest mount above a node says
/// where it came from. Nodes keep the spans of the file they were read from.
/// </summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, (SourceFile File, string[] Tokens)> _mounts = new(StringComparer.Ordinal);

    public SourceMap(SourceFile document)
    {
        Document = document;
        Root = document.Root;
        _mounts[JsonPointer.Root] = (document, []);
    }

    public SourceFile Document { get; }

    /// <summary>The combined document, once every reference is resolved.</summary>
    public JsonNode Root { get; set; }

    public void Mount(TokenPath at, SourceFile file, IReadOnlyList<string> tokens) => _mounts[at.ToString()] = (file, tokens.ToArray());

    /// <summary>
    /// Where the node <paramref name="pointer"/> names was written. A member that does not exist (a keyword the
    /// converter reports as missing) keeps its tokens in the file pointer and takes the span of its deepest ancestor.
    /// </summary>
    public SourceLocation Locate(string pointer)
    {
        var tokens = JsonPointer.Split(pointer) ?? [];
        var node = Root;
        var depth = 0;
        for (; depth < tokens.Count; depth++)
        {
            var next = node switch
            {
                JsonObject obj => obj[tokens[depth]],
                JsonArray array when int.TryParse(tokens[depth], out var index) && index >= 0 && index < array.Items.Count => array.Items[index],
                _ => null,
            };
            if (next is null)
            {
                break;
            }

            node = next;
        }

        for (var mounted = depth; ; mounted--)
        {
            if (_mounts.TryGetValue(JsonPointer.FromTokens(tokens.Take(mounted)), out var mount))
            {
                return new SourceLocation(mount.File, JsonPointer.FromTokens(mount.Tokens.Concat(tokens.Skip(mounted))), node.Span);
            }
        }
    }

    /// <summary>How a report names the place: the pointer itself in the document, <c>schemas.yaml#/Pet/not</c> in another file.</summary>
    public string Display(SourceLocation location) =>
        ReferenceEquals(location.File, Document) ? location.FilePointer : location.File.DisplayPath + location.FilePointer;
}
