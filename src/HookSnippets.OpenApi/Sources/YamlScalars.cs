using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using HookSnippets.Description.Json;
using HookSnippets.Description.Text;

namespace HookSnippets.OpenApi.Sources;

/// <summary>
/// The JSON value of a YAML scalar under the YAML 1.2 core schema (the one JSON-compatible YAML files are written
/// for): plain <c>null</c>/<c>~</c>/empty, <c>true</c>/<c>false</c>, integers (decimal, <c>0o</c>, <c>0x</c>) and
/// floats; anything quoted, or a block scalar, is a string. Numbers are written as valid JSON numbers (<c>0000</c> →
/// <c>0</c>, <c>+.5</c> → <c>0.5</c>), and <c>.inf</c>/<c>.nan</c>, which JSON cannot hold, stay strings.
/// </summary>
internal static partial class YamlScalars
{
    private const string CoreTags = "tag:yaml.org,2002:";

    /// <summary>The value of a scalar written <paramref name="plain"/> (not quoted, not a block) with an optional tag.</summary>
    public static JsonNode Resolve(string value, bool plain, string? tag, SourceSpan span)
    {
        var kind = tag is not null && tag.StartsWith(CoreTags, StringComparison.Ordinal) ? tag[CoreTags.Length..] : null;
        if (kind == "str" || tag == "!" || (!plain && kind is null))
        {
            return new JsonString(value, span);
        }

        if ((kind is null or "null") && value is "" or "~" or "null" or "Null" or "NULL")
        {
            return new JsonNull(span);
        }

        if (kind is null or "bool" && value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return new JsonBoolean(value[0] is 't' or 'T', span);
        }

        if (kind is null or "int" or "float" && Number(value) is { } number)
        {
            return new JsonNumber(number, span);
        }

        return new JsonString(value, span);
    }

    /// <summary>A YAML 1.2 core integer or float as a JSON number lexeme; null when the text is not one.</summary>
    public static string? Number(string text)
    {
        if (Octal().IsMatch(text))
        {
            return Radix(text[2..], 8);
        }

        if (Hexadecimal().IsMatch(text))
        {
            return Radix(text[2..], 16);
        }

        return JsonValues.NumberText(text);
    }

    private static string Radix(string digits, int radix)
    {
        var value = BigInteger.Zero;
        foreach (var digit in digits)
        {
            value = (value * radix) + Convert.ToInt32(digit.ToString(), radix);
        }

        return value.ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("^0o[0-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Octal();

    [GeneratedRegex("^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Hexadecimal();
}
