using System.Text.Json;
using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>Deep equality between an example and the JSON a program printed: numbers by decimal value (the sign of zero included), strings ordinal.</summary>
internal static class JsonComparison
{
    /// <returns>Null when equal, otherwise the path of the first difference and what differs.</returns>
    public static string? Difference(JsonNode expected, JsonElement actual, bool ignoreMemberOrder, string path = "$")
    {
        switch (expected)
        {
            case JsonObject o:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    return $"{path}: expected an object, got {actual.ValueKind}";
                }

                var members = actual.EnumerateObject().ToList();
                if (members.Count != o.Members.Count)
                {
                    return $"{path}: expected {o.Members.Count} members, got {members.Count}";
                }

                for (var i = 0; i < o.Members.Count; i++)
                {
                    var name = o.Members[i].Name;
                    var match = ignoreMemberOrder ? members.FirstOrDefault(m => m.Name == name) : members[i];
                    if (match.Name != name)
                    {
                        return $"{path}: expected member {JsonSerializer.Serialize(name)} at {i}, got {JsonSerializer.Serialize(match.Name)}";
                    }

                    if (Difference(o.Members[i].Value, match.Value, ignoreMemberOrder, $"{path}[{JsonSerializer.Serialize(name)}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case JsonArray a:
                if (actual.ValueKind != JsonValueKind.Array || actual.GetArrayLength() != a.Items.Count)
                {
                    return $"{path}: expected an array of {a.Items.Count}, got {actual.GetRawText()}";
                }

                var index = 0;
                foreach (var item in actual.EnumerateArray())
                {
                    if (Difference(a.Items[index], item, ignoreMemberOrder, $"{path}[{index}]") is { } inner)
                    {
                        return inner;
                    }

                    index++;
                }

                return null;
            case JsonString s:
                return actual.ValueKind == JsonValueKind.String && actual.GetString() == s.Value
                    ? null
                    : $"{path}: expected {JsonSerializer.Serialize(s.Value)}, got {actual.GetRawText()}";
            case JsonNumber n:
                return actual.ValueKind == JsonValueKind.Number
                    && JsonWriter.DeepEquals(n, new JsonNumber(actual.GetRawText(), default))
                    && JsonNumberText.IsNegativeZero(n.Text) == JsonNumberText.IsNegativeZero(actual.GetRawText())
                    ? null
                    : $"{path}: expected {n.Text}, got {actual.GetRawText()}";
            case JsonBoolean b:
                return actual.ValueKind == (b.Value ? JsonValueKind.True : JsonValueKind.False) ? null : $"{path}: expected {b.Value}, got {actual.GetRawText()}";
            case JsonNull:
                return actual.ValueKind == JsonValueKind.Null ? null : $"{path}: expected null, got {actual.GetRawText()}";
            default:
                return $"{path}: unknown node {expected.GetType().Name}";
        }
    }
}
