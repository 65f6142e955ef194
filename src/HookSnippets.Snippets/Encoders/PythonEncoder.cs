using System.Buffers;
using System.Text;
using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Python 3 double-quoted str literals (not f-strings, so <c>{x}</c> and <c>%s</c> stay text) and dict/list literals
/// for JSON values. Visible non-ASCII stays as UTF-8, the default source encoding.
/// </summary>
public static class PythonEncoder
{
    /// <summary>Python 3.11+ refuses integer literals with more digits (the int_max_str_digits limit).</summary>
    private const int MaxIntegerDigits = 4300;

    private static readonly Dialect Native = new();

    /// <summary>A Python str literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    /// <summary>
    /// True when <see cref="Value"/> can write <paramref name="node"/>: integers up to 4300 digits are exact in Python
    /// (longer literals are a SyntaxError since 3.11); a fraction or exponent becomes a float, which must keep its
    /// decimal value (<c>json.dumps</c> writes it back).
    /// </summary>
    public static bool CanWriteNatively(JsonNode node) => NativeJsonWriter.CanWrite(node, Native);

    /// <summary>
    /// A dict or list literal whose <c>json.dumps</c> equals <paramref name="node"/>, with True, False and None.
    /// Four spaces per level; the first line is not indented, the following lines start at <paramref name="indent"/> levels.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="CanWriteNatively"/> is false, or a string holds a lone surrogate.</exception>
    public static string Value(JsonNode node, int indent) => NativeJsonWriter.Write(node, indent, Native);

    private sealed class Dialect : NativeJsonDialect
    {
        public override string IndentUnit => "    ";

        public override string Null => "None";

        public override string True => "True";

        public override string False => "False";

        public override string String(string value) => PythonEncoder.String(value);

        public override string MemberPrefix(string name) => String(name) + ": ";

        public override bool KeepsNumber(string text) =>
            JsonNumberText.IsIntegerLiteral(text)
                ? !JsonNumberText.IsNegativeZero(text) && text.TrimStart('-').Length <= MaxIntegerDigits
                : JsonNumberText.SurvivesDouble(text);
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
                default:
                    if (TextRules.IsPlain(rune))
                    {
                        builder.AppendRune(rune);
                    }
                    else if (rune.Value < 0x100)
                    {
                        builder.Append("\\x").AppendHex(rune.Value, 2);
                    }
                    else if (rune.IsBmp)
                    {
                        builder.Append("\\u").AppendHex(rune.Value, 4);
                    }
                    else
                    {
                        builder.Append("\\U").AppendHex(rune.Value, 8);
                    }

                    break;
            }
        }
    }
}
