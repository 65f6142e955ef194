using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Go interpreted string literals. Visible non-ASCII stays as UTF-8 (Go source is UTF-8); controls become named or
/// <c>\xHH</c> escapes, other invisible characters <c>\uXXXX</c>/<c>\UXXXXXXXX</c> (the compiler rejects a BOM inside
/// a file, so U+FEFF must be escaped).
/// </summary>
public static class GoEncoder
{
    /// <summary>Characters the loop below writes as themselves.</summary>
    private static readonly SearchValues<char> Verbatim = TextRules.PrintableAsciiExcept("\"\\");

    /// <summary>A Go string literal whose value is exactly <paramref name="value"/>.</summary>
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
                default:
                    if (TextRules.IsPlain(rune))
                    {
                        builder.AppendRune(rune);
                    }
                    else if (rune.IsAscii)
                    {
                        builder.Append("\\x").AppendHex(rune.Value, 2);
                    }
                    else if (rune.IsBmp)
                    {
                        builder.Append("\\u").AppendHex(rune.Value, 4);
                    }
                    else
                    {
                        builder.Append("\\U").AppendHex(rune.Value, 8);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
