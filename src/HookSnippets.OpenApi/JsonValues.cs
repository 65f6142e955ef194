using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using Microsoft.OpenApi;
using Nodes = System.Text.Json.Nodes;

namespace HookSnippets.OpenApi;

/// <summary>
/// Microsoft.OpenApi's System.Text.Json values as description JSON nodes. JSON null stays null: the library keeps it
/// as a marker string (<see cref="JsonNullSentinel"/>), which must never reach a description. Numbers keep their
/// lexeme when it is valid JSON and are rewritten when not (<c>0000</c> → <c>0</c>).
/// </summary>
internal static partial class JsonValues
{
    public static JsonNode From(Nodes.JsonNode? node)
    {
        if (node is null || JsonNullSentinel.IsJsonNullSentinel(node))
        {
            return new JsonNull(default);
        }

        return node switch
        {
            Nodes.JsonObject obj => new JsonObject(obj.Select(m => new JsonMember(m.Key, default, From(m.Value))).ToEquatableArray(), default),
            Nodes.JsonArray array => new JsonArray(array.Select(From).ToEquatableArray(), default),
            Nodes.JsonValue value => value.GetValueKind() switch
            {
                JsonValueKind.String => new JsonString(value.GetValue<string>(), default),
                JsonValueKind.Number => NumberOrString(value.ToJsonString()),
                JsonValueKind.True => new JsonBoolean(true, default),
                JsonValueKind.False => new JsonBoolean(false, default),
                _ => new JsonNull(default),
            },
            _ => new JsonNull(default),
        };
    }

    /// <summary>A number as JSON text, integers without a fraction: <c>0</c>, <c>0.5</c>, <c>-3</c>.</summary>
    public static JsonNumber Number(double value) => new(value.ToString("R", CultureInfo.InvariantCulture), default);

    public static JsonString String(string value) => new(value, default);

    public static bool TryParseNumber(string? text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>
    /// <paramref name="text"/> as a JSON number lexeme (leading zeros and a <c>+</c> dropped, <c>.5</c> → <c>0.5</c>),
    /// or null when it spells no finite number.
    /// </summary>
    public static string? NumberText(string text)
    {
        var match = DecimalNumber().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var integer = match.Groups["integer"].Value.TrimStart('0');
        var fraction = match.Groups["fraction"];
        return (match.Groups["sign"].Value == "-" ? "-" : string.Empty)
            + (integer.Length == 0 ? "0" : integer)
            + (fraction.Success ? "." + (fraction.Value.Length == 0 ? "0" : fraction.Value) : string.Empty)
            + match.Groups["exponent"].Value;
    }

    private static JsonNode NumberOrString(string text) => NumberText(text) is { } number ? new JsonNumber(number, default) : String(text);

    [GeneratedRegex(@"^(?<sign>[-+]?)(?:(?<integer>[0-9]+)(?:\.(?<fraction>[0-9]*))?|\.(?<fraction>[0-9]+))(?<exponent>[eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalNumber();
}
