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
    /// line breaks after the opening and before the closing delimiter). A raw literal has no escapes, so what it
    /// cannot show (a character that is not plain, <see cref="TextRules.IsPlain"/>, other than a line feed or a tab:
    /// a carriage return, U+0085, U+2028 and U+2029 end C# lines, controls and invisible characters would be hidden;
    /// a line of whitespace alone, which the compiler empties) goes into an interpolation hole holding a regular
    /// literal, <c>$$"""</c> ... <c>{{"\u2028"}}</c>, with one more <c>$</c> than the longest run of one brace in the
    /// value. An empty value is <c>""</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate, or the indentation is negative.</exception>
    public static string Raw(string value, int indent)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(indent);
        TextRules.EnsureWellFormed(value);
        if (value.Length == 0)
        {
            return String(value);
        }

        var lines = value.Split('\n');
        var holes = lines.Any(IsBlankButNotEmpty) || value.EnumerateRunes().Any(r => r.Value != '\n' && !Shows(r));
        var dollars = holes ? Math.Max(LongestRun(value, c => c == '{'), LongestRun(value, c => c == '}')) + 1 : 0;
        var quotes = new string('"', Math.Max(3, LongestRun(value, c => c == '"') + 1));
        var builder = new StringBuilder(value.Length + (2 * quotes.Length) + (indent * 8));
        builder.Append('$', dollars).Append(quotes);
        foreach (var line in lines)
        {
            builder.Append('\n');
            if (line.Length == 0)
            {
                continue;
            }

            builder.Append(' ', indent);
            if (IsBlankButNotEmpty(line))
            {
                AppendHole(builder, line, dollars);
                continue;
            }

            var index = 0;
            while (index < line.Length)
            {
                var shown = index;
                while (shown < line.Length && Rune.DecodeFromUtf16(line.AsSpan(shown), out var rune, out var length) == OperationStatus.Done && Shows(rune))
                {
                    shown += length;
                }

                builder.Append(line, index, shown - index);
                var hidden = shown;
                while (hidden < line.Length && Rune.DecodeFromUtf16(line.AsSpan(hidden), out var rune, out var length) == OperationStatus.Done && !Shows(rune))
                {
                    hidden += length;
                }

                if (hidden > shown)
                {
                    AppendHole(builder, line[shown..hidden], dollars);
                }

                index = hidden;
            }
        }

        return builder.Append('\n').Append(' ', indent).Append(quotes).ToString();
    }

    /// <summary>What a raw literal shows as itself; the line feed is handled by splitting into lines.</summary>
    private static bool Shows(Rune rune) => rune.Value == '\t' || TextRules.IsPlain(rune);

    private static bool IsBlankButNotEmpty(string line) => line.Length > 0 && string.IsNullOrWhiteSpace(line);

    private static void AppendHole(StringBuilder builder, string text, int dollars) =>
        builder.Append('{', dollars).Append(String(text)).Append('}', dollars);

    private static int LongestRun(string value, Func<char, bool> member)
    {
        int longest = 0, run = 0;
        foreach (var c in value)
        {
            run = member(c) ? run + 1 : 0;
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
