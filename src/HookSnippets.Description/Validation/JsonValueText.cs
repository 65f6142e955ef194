using System.Text;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Validation;

/// <summary>Short, readable renderings of values and types for diagnostic messages.</summary>
internal static class JsonValueText
{
    private const int MaxQuotedLength = 60;

    /// <summary>A string in single quotes, shortened when long, with control characters made visible.</summary>
    public static string Quote(string value)
    {
        var builder = new StringBuilder(System.Math.Min(value.Length, MaxQuotedLength) + 5);
        builder.Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            if (i == MaxQuotedLength)
            {
                builder.Append("...");
                break;
            }

            var c = value[i];
            builder.Append(c < 0x20 || c == '\u0085' || c == '\u2028' || c == '\u2029' ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString());
        }

        return builder.Append('\'').ToString();
    }

    /// <summary>How a message names a value: <c>the string 'x'</c>, <c>the number 3</c>, <c>an object</c>, <c>null</c>.</summary>
    public static string Describe(JsonNode node) => node switch
    {
        JsonString s => "the string " + Quote(s.Value),
        JsonNumber n => "the number " + n.Text,
        JsonBoolean b => b.Value ? "true" : "false",
        JsonNull => "null",
        JsonArray => "an array",
        _ => "an object",
    };

    /// <summary>A value as it would be written in an enum list: strings quoted, others as JSON words.</summary>
    public static string Literal(JsonNode node) => node switch
    {
        JsonString s => Quote(s.Value),
        JsonNumber n => n.Text,
        JsonBoolean b => b.Value ? "true" : "false",
        JsonNull => "null",
        JsonArray a => a.Items.Count == 0 ? "[]" : "[...]",
        _ => ((JsonObject)node).Members.Count == 0 ? "{}" : "{...}",
    };

    public static string TypeName(SchemaType type) => type switch
    {
        SchemaType.String => "a string",
        SchemaType.Integer => "an integer",
        SchemaType.Number => "a number",
        SchemaType.Boolean => "a boolean",
        SchemaType.Object => "an object",
        SchemaType.Array => "an array",
        SchemaType.Null => "null",
        _ => "any value",
    };

    /// <summary><c>1 member</c>, <c>21 members</c>.</summary>
    public static string Count(long count, string singular) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : singular + "s");
}
