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
