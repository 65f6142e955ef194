using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Clojure string literals, as the Clojure reader (1.11) reads them: <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>,
/// <c>\t</c>, <c>\b</c>, <c>\f</c>, and <c>\uXXXX</c> (exactly four hex digits, an astral character as a surrogate pair)
/// for every other control and invisible character. Clojure loads source files as UTF-8, so a visible non-ASCII
/// character stands as itself. The reader's octal escapes (<c>\0</c> to <c>\377</c>) are not used: a digit after them
/// would be read into the escape. <c>#</c>, <c>~</c>, <c>%</c> and <c>$</c> mean nothing inside a string.
/// </summary>
public static class ClojureEncoder
{
    /// <summary>A Clojure string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<OneLinePolicy>(value);

    /// <summary>
    /// The same literal, but each LF is a line break of the source (a Clojure string may span lines), so that
    /// multi-line text such as <c>request.body.pretty</c> reads as it is sent; the lines after the first start at
    /// column 0, since their spaces are part of the value.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string Text(string value) => EscapingEngine.Write<MultiLinePolicy>(value);

    private static void Escape(StringBuilder builder, Rune rune)
    {
        switch (rune.Value)
        {
            case '"': builder.Append("\\\""); break;
            case '\\': builder.Append("\\\\"); break;
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            case '\b': builder.Append("\\b"); break;
            case '\f': builder.Append("\\f"); break;
            default:
                if (!rune.IsAscii && TextRules.IsPlain(rune))
                {
                    builder.AppendRune(rune);
                    break;
                }

                Span<char> units = stackalloc char[2];
                foreach (var unit in units[..rune.EncodeToUtf16(units)])
                {
                    builder.Append("\\u").AppendHex(unit, 4);
                }

                break;
        }
    }

    private readonly struct OneLinePolicy : IEscapePolicy
    {
        public static string Open => "\"";

        public static string Close => "\"";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"\\");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index) => ClojureEncoder.Escape(builder, rune);
    }

    private readonly struct MultiLinePolicy : IEscapePolicy
    {
        public static string Open => "\"";

        public static string Close => "\"";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"\\");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            if (rune.Value == '\n')
            {
                builder.Append('\n');
            }
            else
            {
                ClojureEncoder.Escape(builder, rune);
            }
        }
    }
}
