using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Kotlin string literals (Kotlin 1.3 and later). kotlinc reads every source file as UTF-8, so a visible non-ASCII
/// character stands as itself; an invisible one (controls, separators, format characters, non-ASCII spaces) is a
/// <c>\uXXXX</c> escape, an astral one two (a surrogate pair). <c>$</c> always goes as <c>\$</c>, so no <c>$name</c> or
/// <c>${...}</c> in the text is a template. Kotlin has no octal escapes: controls are <c>\uXXXX</c> too.
/// </summary>
public static class KotlinEncoder
{
    /// <summary>A Kotlin string literal <c>"..."</c> whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    /// <summary>
    /// Multi-line text such as <c>request.body.pretty</c> as a raw string <c>"""</c> ... <c>""".trimIndent()</c>, each line
    /// of the text on a line of its own at <paramref name="indent"/> spaces, the closing delimiter on the line after
    /// the last, at the same indentation; <c>trimIndent()</c> removes the first and last (blank) lines and the
    /// indentation, so the value is exactly the text. A raw string has no escapes: a character that cannot stand as
    /// itself is a template expression, <c>${'$'}</c> for every dollar, <c>${'"'}</c> for every third quote of a run (three
    /// would close the string), <c>${'\uXXXX'}</c> for a tab, a control or an invisible character. Text that
    /// <c>trimIndent()</c> would change is written by <see cref="String"/> instead: empty text, text holding CR (it
    /// splits lines at CR too and joins them with LF), a line without a printable ASCII character other than space
    /// (a blank line loses its spaces), or text whose every line starts with whitespace (the common indentation would
    /// take it).
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate, or the indentation is not positive.</exception>
    public static string Raw(string value, int indent)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(indent);
        if (!CanWriteRaw(value))
        {
            return String(value);
        }

        var margin = new string(' ', indent);
        var literal = EscapingEngine.Write<RawPolicy>(value);
        return "\"\"\"\n" + margin + literal.Replace("\n", "\n" + margin, StringComparison.Ordinal) + "\n" + margin + "\"\"\".trimIndent()";
    }

    private static bool CanWriteRaw(string value)
    {
        if (value.Length == 0 || value.Contains('\r', StringComparison.Ordinal))
        {
            return false;
        }

        var startsAtMargin = false;
        foreach (var line in value.Split('\n'))
        {
            if (!line.Any(c => c is > ' ' and < '\u007f'))
            {
                return false;
            }

            startsAtMargin |= line[0] is > ' ' and < '\u007f';
        }

        return startsAtMargin;
    }

    private static void AppendUnits(StringBuilder builder, Rune rune)
    {
        Span<char> units = stackalloc char[2];
        foreach (var unit in units[..rune.EncodeToUtf16(units)])
        {
            builder.Append("\\u").AppendHex(unit, 4);
        }
    }

    private readonly struct Policy : IEscapePolicy
    {
        public static string Open => "\"";

        public static string Close => "\"";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"\\$");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '$': builder.Append("\\$"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                default:
                    if (!rune.IsAscii && TextRules.IsPlain(rune))
                    {
                        builder.AppendRune(rune);
                    }
                    else
                    {
                        AppendUnits(builder, rune);
                    }

                    break;
            }
        }
    }

    /// <summary>The raw string's content (the text's LFs kept); <see cref="Raw"/> adds the delimiters and indentation.</summary>
    private readonly struct RawPolicy : IEscapePolicy
    {
        public static string Open => "";

        public static string Close => "";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"$");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            switch (rune.Value)
            {
                case '\n':
                    builder.Append('\n');
                    break;
                case '$':
                    builder.Append("${'$'}");
                    break;
                case '"':
                    var run = 1;
                    while (index - run >= 0 && text[index - run] == '"')
                    {
                        run++;
                    }

                    builder.Append(run % 3 == 0 ? "${'\"'}" : "\"");
                    break;
                default:
                    if (!rune.IsAscii && TextRules.IsPlain(rune))
                    {
                        builder.AppendRune(rune);
                    }
                    else if (rune.IsBmp)
                    {
                        builder.Append("${'");
                        AppendUnits(builder, rune);
                        builder.Append("'}");
                    }
                    else
                    {
                        builder.Append("${\"");
                        AppendUnits(builder, rune);
                        builder.Append("\"}");
                    }

                    break;
            }
        }
    }
}
