using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// The double-quoted literal Swift and Rust read alike: <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c>,
/// <c>\0</c>, visible characters as themselves (both read UTF-8 source) and every other one as <c>\u{X}</c>.
/// </summary>
internal readonly struct BraceEscapePolicy : IEscapePolicy
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
