using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// R double-quoted string literals. Every non-ASCII character is a <c>\u{...}</c> (or <c>\U{...}</c>) escape: R reads
/// a source file in the session's locale, so raw UTF-8 would change under a C locale, while an escape always gives a
/// UTF-8 string. R strings cannot hold NUL.
/// </summary>
public static class REncoder
{
    /// <summary>An R string literal whose value is exactly <paramref name="value"/>, in UTF-8, in any locale.</summary>
    /// <exception cref="ArgumentException">The value holds NUL or a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<OneLinePolicy>(value);

    /// <summary>
    /// The same literal, but each LF is a line break of the source (R strings may span lines), so that multi-line
    /// text such as <c>request.body.pretty</c> reads as it is sent; the lines after the first start at column 0.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds NUL or a lone surrogate.</exception>
    public static string Text(string value) => EscapingEngine.Write<MultiLinePolicy>(value);

    private static void Escape(StringBuilder builder, Rune rune)
    {
        switch (rune.Value)
        {
            case 0: throw new ArgumentException("An R string cannot hold NUL (U+0000).", "value");
            case '"': builder.Append("\\\""); break;
            case '\\': builder.Append("\\\\"); break;
            case '\n': builder.Append("\\n"); break;
            case '\r': builder.Append("\\r"); break;
            case '\t': builder.Append("\\t"); break;
            case > 0xFFFF: builder.Append("\\U{").AppendHex(rune.Value, 1).Append('}'); break;
            default: builder.Append("\\u{").AppendHex(rune.Value, 1).Append('}'); break;
        }
    }

    private readonly struct OneLinePolicy : IEscapePolicy
    {
        public static string Open => "\"";

        public static string Close => "\"";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"\\");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index) => REncoder.Escape(builder, rune);
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
                REncoder.Escape(builder, rune);
            }
        }
    }
}
