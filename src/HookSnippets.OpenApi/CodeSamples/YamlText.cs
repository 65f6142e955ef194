using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace HookSnippets.OpenApi.CodeSamples;

/// <summary>
/// YAML scalars for values we write: a sample's source as a literal block (<c>|</c>) when a literal block gives back
/// exactly its text, else double-quoted; short texts plain when nothing in them could be read as something else.
/// </summary>
internal static partial class YamlText
{
    /// <summary>The scalar after <c>key: </c>, ending with a line break; <paramref name="indent"/> starts each line of a literal block.</summary>
    public static string Block(string value, string indent, string newline)
    {
        if (!FitsLiteralBlock(value))
        {
            return DoubleQuoted(value) + newline;
        }

        var builder = new StringBuilder("|").Append(newline);
        foreach (var line in value[..^1].Split('\n'))
        {
            builder.Append(line.Length == 0 ? string.Empty : indent + line).Append(newline);
        }

        return builder.ToString();
    }

    public static string Short(string value) => PlainSafe().IsMatch(value) && !value.Contains(" #", StringComparison.Ordinal) && !Reserved(value)
        ? value
        : DoubleQuoted(value);

    /// <summary>A double-quoted scalar: every character that a YAML reader could fold, drop or read as a break is escaped.</summary>
    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                '\u0085' => builder.Append("\\N"),
                '\u2028' => builder.Append("\\L"),
                '\u2029' => builder.Append("\\P"),
                _ when c < ' ' || c is '\u007F' or '\uFEFF' || c is >= '\u0080' and <= '\u009F' =>
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// A literal block keeps every character but breaks, and with clip chomping exactly one final line break; its
    /// indentation is taken from the first line, which therefore must not start with a space or be empty.
    /// </summary>
    private static bool FitsLiteralBlock(string value) =>
        value.Length > 1 && value[^1] == '\n' && value[^2] != '\n' && value[0] is not (' ' or '\t' or '\n')
        && !value.Any(c => (c < ' ' && c is not ('\n' or '\t')) || c is '\u007F' or '\uFEFF' or '\u0085' or '\u2028' or '\u2029' || c is >= '\u0080' and <= '\u009F');

    private static bool Reserved(string value) =>
        value.ToLowerInvariant() is "true" or "false" or "null" or "yes" or "no" or "on" or "off" or "y" or "n" or "~";

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9.#()+_ /-]*[A-Za-z0-9.#()+_)/-]$|^[A-Za-z]$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainSafe();
}
