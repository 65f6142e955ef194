using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Crystal string literals. <see cref="String"/> writes a double-quoted literal: visible non-ASCII stays as UTF-8
/// (Crystal source is UTF-8), <c>"</c> and <c>\</c> are escaped, a <c>#</c> before <c>{</c> is written <c>\#</c> so
/// that nothing interpolates, controls and invisible characters become <c>\u{X}</c>. <see cref="Heredoc"/> writes a
/// heredoc for text a reader should see as it is, such as a pretty-printed JSON body.
/// </summary>
public static class CrystalEncoder
{
    private const string Delimiter = "JSON";

    /// <summary>A Crystal string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    /// <summary>
    /// A heredoc whose value is exactly <paramref name="value"/>: <c>&lt;&lt;-'JSON'</c>, a line break, the text at
    /// column 0, a line break and the closing <c>JSON</c> at column 0 (Crystal keeps neither the first nor the last
    /// line break, and strips no indentation). The quoted delimiter makes it raw: no escape, no interpolation. Text
    /// holding a character a raw heredoc cannot show (a carriage return, controls, U+2028, a BOM and other invisible
    /// characters) gets the unquoted heredoc <c>&lt;&lt;-JSON</c> instead, whose escapes are the double-quoted
    /// literal's (<c>\\</c>, <c>\#{</c>, <c>\u{X}</c>); quotes and line feeds stay as they are in both. The delimiter
    /// gets a number (<c>JSON1</c>...) when a line of the text holds <c>JSON</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string Heredoc(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        TextRules.EnsureWellFormed(value);
        var delimiter = Delimiter;
        for (var n = 1; value.Contains(delimiter, StringComparison.Ordinal); n++)
        {
            delimiter = Delimiter + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var raw = true;
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value != '\n' && !TextRules.IsPlain(rune))
            {
                raw = false;
                break;
            }
        }

        if (raw)
        {
            return "<<-'" + delimiter + "'\n" + value + "\n" + delimiter;
        }

        var builder = new StringBuilder("<<-").Append(delimiter).Append('\n');
        var index = 0;
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is '\n' or '"')
            {
                builder.AppendRune(rune);
            }
            else if (rune.Value < 0x80 && rune.Value is >= 0x20 and < 0x7F && rune.Value is not ('\\' or '#'))
            {
                builder.Append((char)rune.Value);
            }
            else
            {
                Policy.Escape(builder, rune, value, index);
            }

            index += rune.Utf16SequenceLength;
        }

        return builder.Append('\n').Append(delimiter).ToString();
    }

    private readonly struct Policy : IEscapePolicy
    {
        public static string Open => "\"";

        public static string Close => "\"";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"\\#");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '#': builder.Append(index + 1 < text.Length && text[index + 1] == '{' ? "\\#" : "#"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
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
    }
}
