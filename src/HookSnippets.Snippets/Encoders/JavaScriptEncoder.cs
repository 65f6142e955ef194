using System.Buffers;
using System.Text;
using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// JavaScript single-quoted string literals (never template literals, so <c>${x}</c> stays text) and object/array
/// literal expressions for JSON values. Output is valid in strict mode and ES modules: NUL is <c>\x00</c>, never the
/// <c>\0</c> that turns into a forbidden octal escape before a digit; U+2028/U+2029 are escaped.
/// </summary>
public static class JavaScriptEncoder
{
    private static readonly Dialect Native = new();

    /// <summary>A JavaScript string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    /// <summary>
    /// True when <see cref="Value"/> can write <paramref name="node"/>: every number is an integer within ±(2^53 − 1),
    /// or a number that a JavaScript double keeps (<c>JSON.stringify</c> gives the same decimal value; not −0).
    /// When false, a template sends the canonical JSON text as a string literal (<see cref="String"/>) as the raw
    /// request body instead of building an object.
    /// </summary>
    public static bool CanWriteNatively(JsonNode node) => NativeJsonWriter.CanWrite(node, Native);

    /// <summary>
    /// An object or array literal whose <c>JSON.stringify</c> equals <paramref name="node"/> (integer-like keys are
    /// listed first by JavaScript, which changes member order but not the value). Two spaces per level; the first line
    /// is not indented, the following lines start at <paramref name="indent"/> levels. A key that is an ASCII identifier
    /// is written bare (<c>name: 'my-hook'</c>), as JavaScript is written by hand; any other key is quoted. A
    /// <c>__proto__</c> key is written as a computed key, because a literal one (bare or quoted) sets the prototype instead.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="CanWriteNatively"/> is false, or a string holds a lone surrogate.</exception>
    public static string Value(JsonNode node, int indent) => NativeJsonWriter.Write(node, indent, Native);

    private sealed class Dialect : NativeJsonDialect
    {
        public override string IndentUnit => "  ";

        public override string Null => "null";

        public override string True => "true";

        public override string False => "false";

        public override string String(string value) => JavaScriptEncoder.String(value);

        public override string MemberPrefix(string name) =>
            name == "__proto__" ? "[" + String(name) + "]: " : (IsIdentifier(name) ? name : String(name)) + ": ";

        /// <summary>An ASCII IdentifierName (reserved words included: they are valid property names since ES5).</summary>
        private static bool IsIdentifier(string name)
        {
            if (name.Length == 0 || char.IsAsciiDigit(name[0]))
            {
                return false;
            }

            foreach (var c in name)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '$')
                {
                    return false;
                }
            }

            return true;
        }

        public override bool KeepsNumber(string text) =>
            !JsonNumberText.IsNegativeZero(text)
            && (JsonNumberText.IsIntegerLiteral(text) ? JsonNumberText.IsSafeInteger(text) : JsonNumberText.SurvivesDouble(text));
    }

    private readonly struct Policy : IEscapePolicy
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
                        builder.Append("\\u{").AppendHex(rune.Value, 1).Append('}');
                    }

                    break;
            }
        }
    }
}
