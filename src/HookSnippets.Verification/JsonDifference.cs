using HookSnippets.Description.Json;

namespace HookSnippets.Verification;

/// <summary>Names where two JSON values first differ (a JSONPath-like location), so a body diff says what changed.</summary>
internal static class JsonDifference
{
    /// <summary><c>"; at $.a[1]: expected 1, received 2"</c>, or empty when the values are equal.</summary>
    public static string Describe(JsonNode expected, JsonNode received, string path)
    {
        if (JsonWriter.DeepEquals(expected, received))
        {
            return string.Empty;
        }

        switch (expected)
        {
            case JsonObject wanted when received is JsonObject got:
                foreach (var member in wanted.Members)
                {
                    var match = got.Members.FirstOrDefault(m => m.Name == member.Name);
                    var location = path + "." + member.Name;
                    if (match is null)
                    {
                        return $"; at {location}: missing (expected {Compact(member.Value)})";
                    }

                    var inner = Describe(member.Value, match.Value, location);
                    if (inner.Length > 0)
                    {
                        return inner;
                    }
                }

                var extra = got.Members.First(m => !wanted.Members.Any(w => w.Name == m.Name));
                return $"; at {path}.{extra.Name}: not expected, received {Compact(extra.Value)}";
            case JsonArray wanted when received is JsonArray got:
                for (var i = 0; i < Math.Min(wanted.Items.Count, got.Items.Count); i++)
                {
                    var inner = Describe(wanted.Items[i], got.Items[i], $"{path}[{i}]");
                    if (inner.Length > 0)
                    {
                        return inner;
                    }
                }

                return $"; at {path}: expected {wanted.Items.Count} items, received {got.Items.Count}";
            default:
                return $"; at {path}: expected {Compact(expected)}, received {Compact(received)}";
        }
    }

    private static string Compact(JsonNode node)
    {
        var text = JsonWriter.Write(node, indented: false);
        return text.Length > 200 ? text[..200] + "..." : text;
    }
}
