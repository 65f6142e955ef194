using HookSnippets.Description;
using HookSnippets.Description.Json;

namespace HookSnippets.OpenApi;

/// <summary>Finding and replacing values of an immutable JSON tree by path (member names and array indices).</summary>
internal static class JsonTreeEdit
{
    /// <summary>The path of the innermost value whose span contains <paramref name="offset"/>.</summary>
    public static List<string> PathAt(JsonNode root, int offset)
    {
        var path = new List<string>();
        var node = root;
        while (true)
        {
            JsonNode? next = null;
            if (node is JsonObject obj)
            {
                foreach (var member in obj.Members)
                {
                    if (Contains(member.NameSpan.Start, member.Value.Span.End, offset))
                    {
                        path.Add(member.Name);
                        next = member.Value;
                        break;
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (Contains(array.Items[i].Span.Start, array.Items[i].Span.End, offset))
                    {
                        path.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        next = array.Items[i];
                        break;
                    }
                }
            }

            if (next is null)
            {
                return path;
            }

            node = next;
        }
    }

    /// <summary>The tree with the value at <paramref name="path"/> replaced, or its member removed when <paramref name="value"/> is null.</summary>
    public static JsonNode Replace(JsonNode node, IReadOnlyList<string> path, int index, JsonNode? value)
    {
        var token = path[index];
        var last = index == path.Count - 1;
        switch (node)
        {
            case JsonObject obj:
                var members = new List<JsonMember>();
                foreach (var member in obj.Members)
                {
                    if (member.Name != token)
                    {
                        members.Add(member);
                    }
                    else if (!last)
                    {
                        members.Add(member with { Value = Replace(member.Value, path, index + 1, value) });
                    }
                    else if (value is not null)
                    {
                        members.Add(member with { Value = value });
                    }
                }

                return obj with { Members = members.ToEquatableArray() };
            case JsonArray array when int.TryParse(token, out var at):
                var items = array.Items.ToList();
                items[at] = last ? value ?? items[at] : Replace(items[at], path, index + 1, value);
                return array with { Items = items.ToEquatableArray() };
            default:
                return node;
        }
    }

    private static bool Contains(int start, int end, int offset) => offset >= start && offset < end;
}
