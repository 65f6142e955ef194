using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Objective-C <c>@"..."</c> literals. Controls use named or three-digit octal escapes (<c>\x</c> would swallow
/// following hex digits), a <c>?</c> next to another <c>?</c> is written <c>\?</c> so no trigraph such as <c>??=</c>
/// can form, visible non-ASCII stays as UTF-8, and other non-ASCII uses universal character names; C forbids those
/// below U+00A0, so U+0080..U+009F are written as octal UTF-8 bytes.
/// </summary>
public static class ObjectiveCEncoder
{
    /// <summary>Characters the loop below writes as themselves.</summary>
    private static readonly SearchValues<char> Verbatim = TextRules.PrintableAsciiExcept("\"\\?");

    /// <summary>An NSString literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value)
    {
        if (TextRules.IsVerbatim(value, Verbatim))
        {
            return "@\"" + value + "\"";
        }

        TextRules.EnsureWellFormed(value, nameof(value));
        var builder = new StringBuilder(value.Length + 3).Append("@\"");
        for (var i = 0; i < value.Length; i++)
        {
            var rune = Rune.GetRuneAt(value, i);
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '?':
                    var nextToQuestionMark = (i > 0 && value[i - 1] == '?') || (i + 1 < value.Length && value[i + 1] == '?');
                    builder.Append(nextToQuestionMark ? "\\?" : "?");
                    break;
                default:
                    if (TextRules.IsPlain(rune))
                    {
                        builder.AppendRune(rune);
                    }
                    else if (rune.Value < 0xA0)
                    {
                        foreach (var b in TextRules.Utf8(rune))
                        {
                            builder.AppendOctal(b);
                        }
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

            i += rune.Utf16SequenceLength - 1;
        }

        return builder.Append('"').ToString();
    }
}
