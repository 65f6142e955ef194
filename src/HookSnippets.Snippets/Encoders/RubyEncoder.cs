using System.Buffers;
using System.Text;
using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Ruby string literals: single-quoted (only <c>\\</c> and <c>\'</c> are escapes there) when every character is
/// visible, otherwise double-quoted with every <c>#</c> escaped, so <c>#{x}</c>, <c>#$x</c> and <c>#@x</c> never
/// interpolate. Also Hash/Array literals for JSON values.
/// </summary>
public static class RubyEncoder
{
    private static readonly Dialect Native = new();

    /// <summary>A Ruby string literal whose value is exactly <paramref name="value"/> (UTF-8 source).</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TextRules.AllPlain(value) ? EscapingEngine.Write<SingleQuotedPolicy>(value) : EscapingEngine.Write<DoubleQuotedPolicy>(value);
    }

    /// <summary>
    /// True when <see cref="Value"/> can write <paramref name="node"/>: integers of any size are exact in Ruby; a
    /// fraction or exponent becomes a Float, which must keep its decimal value (<c>JSON.generate</c> writes it back).
    /// </summary>
    public static bool CanWriteNatively(JsonNode node) => NativeJsonWriter.CanWrite(node, Native);

    /// <summary>
    /// A Hash or Array literal whose <c>JSON.generate</c> equals <paramref name="node"/>: string keys with <c>=&gt;</c>,
    /// nil, true, false. Two spaces per level; the first line is not indented, the following lines start at
    /// <paramref name="indent"/> levels.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="CanWriteNatively"/> is false, or a string holds a lone surrogate.</exception>
    public static string Value(JsonNode node, int indent) => NativeJsonWriter.Write(node, indent, Native);

    private sealed class Dialect : NativeJsonDialect
    {
        public override string IndentUnit => "  ";

        public override string Null => "nil";

        public override string True => "true";

        public override string False => "false";

        public override string String(string value) => RubyEncoder.String(value);

        public override string MemberPrefix(string name) => String(name) + " => ";

        public override bool KeepsNumber(string text) =>
            JsonNumberText.IsIntegerLiteral(text) ? !JsonNumberText.IsNegativeZero(text) : JsonNumberText.SurvivesDouble(text);
    }

    private readonly struct DoubleQuotedPolicy : IEscapePolicy
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
                case '#': builder.Append("\\#"); break;
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
