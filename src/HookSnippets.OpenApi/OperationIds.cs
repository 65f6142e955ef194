using System.Text;
using System.Text.Json.Nodes;
using HookSnippets.Description.Naming;
using Microsoft.OpenApi;

namespace HookSnippets.OpenApi;

/// <summary>
/// Dotted operation ids, first rule that applies:
/// <list type="number">
/// <item><c>x-operation-group</c> (a string or an array of strings) + <c>x-operation-name</c>:
/// <c>["hooks","secrets"]</c> + <c>create</c> → <c>hooks.secrets.create</c> (the Fern convention Auth0 uses);</item>
/// <item><c>operationId</c>: split at dots if it has some, else the first tag as group and the id in snake case as
/// method: tag <c>hooks</c>, <c>getHooksById</c> → <c>hooks.get_hooks_by_id</c>;</item>
/// <item>method + path: the literal segments as groups and a verb (GET on a collection <c>list</c>, GET on an item
/// <c>get</c>, POST <c>create</c>, PUT <c>replace</c>, PATCH <c>update</c>, DELETE <c>delete</c>):
/// <c>GET /hooks/{id}</c> → <c>hooks.get</c>; a fragment or constant query written in the path key adds its words
/// (<c>PUT /files/{id}#add_shared_link</c> → <c>files.replace_add_shared_link</c>).</item>
/// </list>
/// Each segment keeps <c>[A-Za-z0-9_]</c> (others become <c>_</c>) and starts with a letter (else <c>op</c> is put
/// before it). <see cref="MakeUnique"/> then resolves collisions.
/// </summary>
internal static class OperationIds
{
    public static List<string> Create(OpenApiOperation operation, string method, PathKey key)
    {
        var group = Extension(operation, "x-operation-group");
        var name = Extension(operation, "x-operation-name");
        if (group is not null && name is { Count: 1 })
        {
            return [.. group.Select(Segment), Segment(name[0])];
        }

        if (!string.IsNullOrWhiteSpace(operation.OperationId))
        {
            var id = operation.OperationId.Trim();
            if (id.Contains('.'))
            {
                return id.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(Segment).ToList();
            }

            var methodName = Segment(Words.LowerSnake(id));
            var tag = operation.Tags?.FirstOrDefault()?.Name;
            return string.IsNullOrWhiteSpace(tag) ? [methodName] : [Segment(Words.LowerSnake(tag)), methodName];
        }

        var segments = key.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var groups = segments.Where(s => !s.StartsWith('{')).Select(s => Segment(Words.LowerSnake(s))).ToList();
        var onItem = segments.Length > 0 && segments[^1].StartsWith('{');
        var verb = method switch
        {
            "GET" => onItem || groups.Count == 0 ? "get" : "list",
            "POST" => "create",
            "PUT" => "replace",
            "PATCH" => "update",
            "DELETE" => "delete",
            _ => method.ToLowerInvariant(),
        };
        return [.. groups, Segment(string.Join("_", key.DistinctWords().Prepend(verb)))];
    }

    /// <summary>
    /// The id itself when its C# form (PascalCase per segment) is new; else the method name with <c>_2</c>, <c>_3</c>...
    /// (in document order, so the result is stable).
    /// </summary>
    public static string MakeUnique(List<string> segments, HashSet<string> taken)
    {
        var baseName = segments[^1];
        for (var n = 2; ; n++)
        {
            var key = string.Join(".", segments.Select(Identifiers.ToPascalCase));
            if (taken.Add(key))
            {
                return string.Join(".", segments);
            }

            segments[^1] = baseName + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static List<string>? Extension(OpenApiOperation operation, string name)
    {
        if (operation.Extensions is null || !operation.Extensions.TryGetValue(name, out var extension) || extension is not JsonNodeExtension { Node: { } node })
        {
            return null;
        }

        var values = node is JsonArray array ? array.Select(i => i?.ToString()).ToList() : [node.ToString()];
        return values.Count > 0 && values.All(v => !string.IsNullOrWhiteSpace(v)) ? values.Select(v => v!.Trim()).ToList() : null;
    }

    private static string Segment(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (builder.Length == 0 || !char.IsAsciiLetter(builder[0]))
        {
            builder.Insert(0, "op");
        }

        return builder.ToString();
    }
}
