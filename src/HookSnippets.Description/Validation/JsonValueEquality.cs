using HookSnippets.Description.Json;

namespace HookSnippets.Description.Validation;

/// <summary>JSON Schema equality for enum and const: same structure, numbers by value, spans ignored.</summary>
internal static class JsonValueEquality
{
    public static bool DeepEquals(JsonNode left, JsonNode right)
    {
        switch (left)
        {
            case JsonString s:
                return right is JsonString t && s.Value == t.Value;
            case JsonNumber n:
                return right is JsonNumber m && (n.Text == m.Text || JsonNumberText.ToDouble(n.Text).Equals(JsonNumberText.ToDouble(m.Text)));
            case JsonBoolean b:
                return right is JsonBoolean c && b.Value == c.Value;
            case JsonNull:
                return right is JsonNull;
            case JsonArray a:
                if (right is not JsonArray other || a.Items.Count != other.Items.Count)
                {
                    return false;
                }

                for (var i = 0; i < a.Items.Count; i++)
                {
                    if (!DeepEquals(a.Items[i], other.Items[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                var o = (JsonObject)left;
                if (right is not JsonObject p || o.Members.Count != p.Members.Count)
                {
                    return false;
                }

                foreach (var member in o.Members)
                {
                    var match = p.Find(member.Name);
                    if (match is null || !DeepEquals(member.Value, match.Value))
                    {
                        return false;
                    }
                }

                return true;
        }
    }
}
