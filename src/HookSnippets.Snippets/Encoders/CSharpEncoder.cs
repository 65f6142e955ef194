using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// C# regular string literals, spelled as the generated client's own writer (<c>CSharpLiteral</c>, which runs inside
/// the compiler on netstandard2.0) spells them: named escapes, <c>\uXXXX</c> for controls and the characters that end
/// a C# line, every other character as itself.
/// </summary>
public static class CSharpEncoder
{
    /// <summary>A C# string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate (rejected like every other encoder does).</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    /// <summary>
    /// A multi-line C# raw string literal whose value is exactly <paramref name="value"/>: one more quote than the
    /// longest run of quotes in the value (three at least), the content lines indented by <paramref name="indent"/>
    /// spaces, the closing delimiter on a line of its own at that indentation (which the compiler removes, with the
    /// line breaks after the opening and before the closing delimiter). A raw literal has no escapes, so a value it
    /// cannot show exactly is written by <see cref="String"/>: an empty one, or one holding a character that is not
    /// plain (<see cref="TextRules.IsPlain"/>) other than a line feed or a tab (a carriage return, U+0085, U+2028 and
    /// U+2029 end C# lines; controls and invisible characters would be hidden), or a line of whitespace alone, which
    /// the compiler empties.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate, or the indentation is negative.</exception>
    public static string Raw(string value, int indent)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(indent);
        TextRules.EnsureWellFormed(value);
        if (!CanWriteRaw(value))
        {
            return String(value);
        }

        var quotes = new string('"', Math.Max(3, LongestQuoteRun(value) + 1));
        var builder = new StringBuilder(value.Length + (2 * quotes.Length) + (indent * 8));
        builder.Append(quotes);
        foreach (var line in value.Split('\n'))
        {
            builder.Append('\n');
            if (line.Length > 0)
            {
                builder.Append(' ', indent).Append(line);
            }
        }

        return builder.Append('\n').Append(' ', indent).Append(quotes).ToString();
    }

    private static bool CanWriteRaw(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }

        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value is not ('\n' or '\t') && !TextRules.IsPlain(rune))
            {
                return false;
            }
        }

        foreach (var line in value.Split('\n'))
        {
            if (line.Length > 0 && string.IsNullOrWhiteSpace(line))
            {
                return false;
            }
        }

        return true;
    }

    private static int LongestQuoteRun(string value)
    {
        int longest = 0, run = 0;
        foreach (var c in value)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

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
                case '\0': builder.Append("\\0"); break;
                case < 0x20 or 0x7F or 0x85 or 0x2028 or 0x2029: builder.Append("\\u").AppendHex(rune.Value, 4); break;
                default: builder.AppendRune(rune); break;
            }
        }
    }
}
