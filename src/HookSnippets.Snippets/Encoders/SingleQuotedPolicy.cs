using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Single-quoted literals in which only <c>\\</c> and <c>\'</c> are escapes and nothing interpolates (PHP, Ruby).
/// They cannot spell an invisible character, so an encoder uses this policy only for text whose every character
/// <see cref="TextRules.IsPlain"/>.
/// </summary>
internal readonly struct SingleQuotedPolicy : IEscapePolicy
{
    public static string Open => "'";

    public static string Close => "'";

    public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("'\\");

    public static void Escape(StringBuilder builder, Rune rune, string text, int index)
    {
        switch (rune.Value)
        {
            case '\'': builder.Append("\\'"); break;
            case '\\': builder.Append("\\\\"); break;
            default: builder.AppendRune(rune); break;
        }
    }
}
