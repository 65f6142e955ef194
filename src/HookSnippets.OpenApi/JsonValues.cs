using System.Globalization;
using HookSnippets.Description;
using System.Text.Json;
using HookSnippets.Description.Json;
using Nodes = System.Text.Json.Nodes;

namespace HookSnippets.OpenApi;

/// <summary>Microsoft.OpenApi's System.Text.Json values as description JSON nodes (numbers keep their lexeme).</summary>
internal static class JsonValues
{
    public static JsonNode From(Nodes.JsonNode? node) => node switch
    {
        null => new JsonNull(default),
        Nodes.JsonObject obj => new JsonObject(obj.Select(m => new JsonMember(m.Key, default, From(m.Value))).ToEquatableArray(), default),
        Nodes.JsonArray array => new JsonArray(array.Select(From).ToEquatableArray(), default),
        Nodes.JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => new JsonString(value.GetValue<string>(), default),
            JsonValueKind.Number => new JsonNumber(value.ToJsonString(), default),
            JsonValueKind.True => new JsonBoolean(true, default),
            JsonValueKind.False => new JsonBoolean(false, default),
            _ => new JsonNull(default),
        },
        _ => new JsonNull(default),
    };

    /// <summary>A number as JSON text, integers without a fraction: <c>0</c>, <c>0.5</c>, <c>-3</c>.</summary>
    public static JsonNumber Number(double value) => new(value.ToString("R", CultureInfo.InvariantCulture), default);

    public static JsonString String(string value) => new(value, default);

    public static bool TryParseNumber(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
