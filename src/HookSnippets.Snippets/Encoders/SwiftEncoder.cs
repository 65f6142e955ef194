using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Swift string literals. <see cref="String"/> writes a single-line literal: every backslash is doubled, so text such
/// as <c>\(x)</c> never interpolates; invisible characters become <c>\u{X}</c>. <see cref="Raw"/> writes a multi-line
/// raw literal (<c>#"""</c> ... <c>"""#</c>) for text a reader should see as it is, such as a pretty-printed JSON body.
/// </summary>
public static class SwiftEncoder
{
    /// <summary>A Swift string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<BraceEscapePolicy>(value);

    /// <summary>
    /// A multi-line raw string literal whose value is exactly <paramref name="value"/>: the opening delimiter, a line
    /// break, the text, a line break and the closing delimiter at the start of its line, so no line is indented and
    /// none is stripped. It carries as many <c>#</c> as it takes that no <c>"""</c> (or <c>"</c>) or <c>\</c> of the
    /// text followed by <c>#</c> can close it or start an escape. Line feeds, quotes, backslashes and visible characters stand as
    /// themselves; what the literal cannot carry as itself is written with the raw literal's own escapes
    /// (<c>\#r</c>, <c>\#t</c>, <c>\#0</c>, <c>\#u{X}</c>): a carriage return, which the compiler would read as a line
    /// feed, and the invisible characters <see cref="String"/> escapes too.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string Raw(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return EscapingEngine.Write(value, new RawPolicy(new string('#', RawDelimiterLength(value))));
    }

    /// <summary>
    /// One more <c>#</c> than the longest run that follows a backslash or a quote in the text. The compiler closes a
    /// multi-line raw literal only at <c>"""</c> and its <c>#</c>, but tree-sitter-swift (verify's parse, and editors'
    /// highlighting) ends a raw literal at any quote followed by them, and its scanner compares only a character's
    /// low byte, so that U+6F22 (漢) reads as a quote and U+015C (Ŝ) as a backslash. Every such character counts, so
    /// both readers see the literal whole: a JSON key such as <c>"#{x}"</c> gets <c>##"""</c>, which the compiler reads
    /// the same.
    /// </summary>
    private static int RawDelimiterLength(string value)
    {
        var longest = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if ((value[i] & 0xFF) is not ('\\' or '"'))
            {
                continue;
            }

            var run = 0;
            while (i + 1 + run < value.Length && value[i + 1 + run] == '#')
            {
                run++;
            }

            longest = Math.Max(longest, run);
        }

        return longest + 1;
    }

    /// <summary>The text between <c>#"""</c> and <c>"""#</c> with the delimiter's number of <c>#</c>.</summary>
    private readonly struct RawPolicy(string hashes) : IQuotingPolicy
    {
        /// <summary>Text of these alone holds no backslash and no quote, so one <c>#</c> is enough.</summary>
        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"\\");

        public static string Open => "#\"\"\"\n";

        public static string Close => "\n\"\"\"#";

        public void Start(StringBuilder builder) => builder.Append(hashes).Append("\"\"\"\n");

        public void AppendVerbatim(StringBuilder builder, ReadOnlySpan<char> run) => builder.Append(run);

        public void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            switch (rune.Value)
            {
                case '"' or '\\' or '\n': builder.AppendRune(rune); break;
                case '\r': builder.Append('\\').Append(hashes).Append('r'); break;
                case '\t': builder.Append('\\').Append(hashes).Append('t'); break;
                case '\0': builder.Append('\\').Append(hashes).Append('0'); break;
                default:
                    if (TextRules.IsPlain(rune))
                    {
                        builder.AppendRune(rune);
                    }
                    else
                    {
                        builder.Append('\\').Append(hashes).Append("u{").AppendHex(rune.Value, 1).Append('}');
                    }

                    break;
            }
        }

        public void End(StringBuilder builder) => builder.Append("\n\"\"\"").Append(hashes);
    }
}
