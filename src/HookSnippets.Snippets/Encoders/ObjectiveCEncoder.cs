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
    /// <summary>An NSString literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    private readonly struct Policy : IEscapePolicy
    {
        public static string Open => "@\"";

        public static string Close => "\"";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"\\?");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '?':
                    var nextToQuestionMark = (index > 0 && text[index - 1] == '?') || (index + 1 < text.Length && text[index + 1] == '?');
                    builder.Append(nextToQuestionMark ? "\\?" : "?");
                    break;
                default:
                    if (TextRules.IsPlain(rune))
                    {
                        builder.AppendRune(rune);
                    }
                    else if (rune.Value < 0xA0)
                    {
                        Span<byte> utf8 = stackalloc byte[4];
                        foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
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
        }
    }
}
