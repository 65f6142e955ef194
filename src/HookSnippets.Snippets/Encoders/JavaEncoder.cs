using System.Buffers;
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
}
