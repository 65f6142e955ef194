using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// C string literals (<c>char</c> arrays holding UTF-8, as gcc and clang write them by default). Controls use named or
/// three-digit octal escapes (<c>\x</c> would swallow following hex digits), a <c>?</c> next to another <c>?</c> is
/// written <c>\?</c> so no trigraph such as <c>??=</c> can form, visible non-ASCII stays as UTF-8, and other non-ASCII
/// uses universal character names; C forbids those below U+00A0, so U+0080..U+009F are written as octal UTF-8 bytes.
/// Objective-C's <c>@"..."</c> literals are C literals behind an <c>@</c>: <see cref="ObjectiveCEncoder"/> spells
/// their characters with <see cref="Policy"/>.
/// </summary>
public static class CEncoder
{
    /// <summary>A C string literal whose bytes are exactly the UTF-8 of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    /// <summary>
    /// Adjacent C string literals, one per line of <paramref name="value"/> (each but the last ends in <c>\n</c>), on
    /// lines of their own indented by <paramref name="indent"/> spaces after the first: C joins adjacent literals into
    /// one, so the value is exactly <paramref name="value"/> and a reader sees its lines as lines.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string Lines(string value, int indent) => Lines(value, indent, String);

    /// <summary><see cref="Lines(string, int)"/> with each line's literal written by <paramref name="literal"/>.</summary>
    internal static string Lines(string value, int indent, Func<string, string> literal)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 16);
        var start = 0;
        do
        {
            var end = value.IndexOf('\n', start);
            end = end < 0 ? value.Length : end + 1;
            if (start > 0)
            {
                builder.Append('\n').Append(' ', indent);
            }

            builder.Append(literal(value[start..end]));
            start = end;
        }
        while (start < value.Length);
        return builder.ToString();
    }

    internal readonly struct Policy : IEscapePolicy
    {
        public static string Open => "\"";

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
