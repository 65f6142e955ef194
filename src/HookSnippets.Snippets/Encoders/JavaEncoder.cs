using System.Buffers;
using System.Globalization;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Java string literals, ASCII only: JDK 17 reads sources in the platform encoding, so every non-ASCII character is
/// written as a <c>\uXXXX</c> escape (two for an astral character). Java turns <c>\u</c> escapes into characters before
/// it lexes, so ASCII controls are never written that way (<c>\u000a</c> would end the literal): they use named or
/// three-digit octal escapes, which cannot swallow a following digit. A backslash is written <c>\\</c>, and a
/// <c>\</c> preceded by another <c>\</c> does not start a <c>\u</c> escape, so input text <c>\u0041</c> stays text.
/// </summary>
public static class JavaEncoder
{
    /// <summary>A Java string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    /// <summary>
    /// A Java text block whose value is exactly <paramref name="value"/>, its content lines indented by
    /// <paramref name="indent"/> spaces and the closing <c>"""</c> after the last character (so no newline is added).
    /// It escapes what <see cref="String"/> escapes, except that a line feed is a line break and a space or quote
    /// stays itself, with three exceptions: every third quote of a run and a quote just before the closing delimiter
    /// are <c>\"</c>; a space before a line break or the closing delimiter is <c>\s</c>, since a text block strips
    /// trailing spaces (the last line's too); and a space that starts the last line is <c>\s</c>, so that the last
    /// line, which the delimiter keeps from being blank, decides the incidental indentation. A value that a text block
    /// cannot carry exactly is written by <see cref="String"/>: one whose last line starts, or any line ends, with a
    /// non-ASCII space or line separator, which a text block would take for indentation or strip (its <c>\u</c>
    /// escape is decoded before lexing).
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate, or the indentation is negative.</exception>
    public static string TextBlock(string value, int indent)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(indent);
        if (!CanWriteTextBlock(value))
        {
            return String(value);
        }

        var literal = EscapingEngine.Write<TextBlockPolicy>(value);
        var builder = new StringBuilder(literal.Length + (indent * 4));
        for (var i = 0; i < literal.Length; i++)
        {
            builder.Append(literal[i]);
            if (literal[i] == '\n' && i + 1 < literal.Length && literal[i + 1] != '\n')
            {
                builder.Append(' ', indent);
            }
        }

        return builder.ToString();
    }

    private static bool CanWriteTextBlock(string value)
    {
        var lastLine = value.LastIndexOf('\n') + 1;
        if (lastLine < value.Length && (IsNonAsciiWhitespace(value[lastLine]) || IsNonAsciiWhitespace(value[^1])))
        {
            return false;
        }

        for (var i = value.IndexOf('\n', StringComparison.Ordinal); i > 0; i = value.IndexOf('\n', i + 1))
        {
            if (IsNonAsciiWhitespace(value[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Non-ASCII characters Java's <c>Character.isWhitespace</c> accepts (all but the no-break spaces).</summary>
    private static bool IsNonAsciiWhitespace(char c) =>
        c > '\u007f' && c is not ('\u00a0' or '\u2007' or '\u202f') && char.GetUnicodeCategory(c) is
            UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private readonly struct Policy : IEscapePolicy
    {
        public static string Open => "\"";

        public static string Close => "\"";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"\\");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (rune.IsAscii)
                    {
                        builder.AppendOctal(rune.Value);
                    }
                    else
                    {
                        Span<char> units = stackalloc char[2];
                        foreach (var unit in units[..rune.EncodeToUtf16(units)])
                        {
                            builder.Append("\\u").AppendHex(unit, 4);
                        }
                    }

                    break;
            }
        }
    }

    /// <summary>The content of a text block without its indentation, which <see cref="TextBlock"/> adds after each line break.</summary>
    private readonly struct TextBlockPolicy : IEscapePolicy
    {
        public static string Open => "\"\"\"\n";

        public static string Close => "\"\"\"";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"\\ ");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            switch (rune.Value)
            {
                case '\n':
                    builder.Append('\n');
                    break;
                case ' ':
                    var endsLine = index + 1 == text.Length || text[index + 1] == '\n';
                    var startsLastLine = (index == 0 || text[index - 1] == '\n') && text.IndexOf('\n', index) < 0;
                    builder.Append(endsLine || startsLastLine ? "\\s" : " ");
                    break;
                case '"':
                    var run = 1;
                    while (index - run >= 0 && text[index - run] == '"')
                    {
                        run++;
                    }

                    builder.Append(run % 3 == 0 || index == text.Length - 1 ? "\\\"" : "\"");
                    break;
                default:
                    Policy.Escape(builder, rune, text, index);
                    break;
            }
        }
    }
}
