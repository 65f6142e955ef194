using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Swift single-line string literals. Every backslash is doubled, so text such as <c>\(x)</c> never interpolates;
/// invisible characters become <c>\u{X}</c>.
/// </summary>
public static class SwiftEncoder
{
    /// <summary>Characters the loop below writes as themselves.</summary>
    private static readonly SearchValues<char> Verbatim = TextRules.PrintableAsciiExcept("\"\\");

    /// <summary>A Swift string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value)
    {
        if (TextRules.IsVerbatim(value, Verbatim))
        {
            return "\"" + value + "\"";
        }

        TextRules.EnsureWellFormed(value, nameof(value));
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (TextRules.IsPlain(rune))
                    {
                        builder.AppendRune(rune);
                    }
                    else
                    {
                        builder.Append("\\u{").AppendHex(rune.Value, 1).Append('}');
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
