using System.Buffers;
using System.Globalization;
using System.Text;
using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// PHP string literals: single-quoted (only <c>\\</c> and <c>\'</c> are escapes there) when every character is
/// visible, otherwise double-quoted with <c>$</c> escaped, so <c>$x</c> and <c>{$x}</c> never interpolate. Also array
/// literals for <c>json_encode</c>.
/// </summary>
public static class PhpEncoder
{
    private static readonly Dialect Native = new();

    /// <summary>A PHP string literal whose value is exactly <paramref name="value"/> (UTF-8 bytes).</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TextRules.AllPlain(value) ? EscapingEngine.Write<SingleQuotedPolicy>(value) : EscapingEngine.Write<DoubleQuotedPolicy>(value);
    }

    /// <summary>
    /// True when <see cref="Value"/> can write <paramref name="node"/>: integers must fit PHP's 64-bit int (beyond it
    /// a literal becomes a float), a fraction or exponent must keep its decimal value as a float, and an object
    /// written as <c>(object) [...]</c> cannot have a name starting with NUL (PHP treats it as a private property
    /// and <c>json_encode</c> drops it). When false, a template sends the canonical JSON text as a string literal.
    /// </summary>
    public static bool CanWriteNatively(JsonNode node) => NativeJsonWriter.CanWrite(node, Native);

    /// <summary>
    /// A PHP array expression whose <c>json_encode</c> equals <paramref name="node"/>. A JSON object is an
    /// associative array <c>['name' =&gt; value]</c>; an empty object, or one with a decimal-integer name such as
    /// "0" (PHP makes it an int key, and keys 0..n-1 encode as a list), is cast: <c>(object) [...]</c>, which
    /// <c>json_encode</c> always writes as an object with string names. Four spaces per level; the first line is not
    /// indented, the following lines start at <paramref name="indent"/> levels.
    /// </summary>
    /// <exception cref="ArgumentException"><see cref="CanWriteNatively"/> is false, or a string holds a lone surrogate.</exception>
    public static string Value(JsonNode node, int indent) => NativeJsonWriter.Write(node, indent, Native);

    /// <summary>PHP turns a string key into an int key when it is a canonical decimal integer in the int range.</summary>
    private static bool IsIntegerKey(string name) =>
        name.Length > 0
        && (name == "0" || (name[0] != '0' && !name.StartsWith("-0", StringComparison.Ordinal)))
        && name.All(c => c is (>= '0' and <= '9') or '-')
        && long.TryParse(name, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    /// <summary>
    /// PHP's int is 64-bit, and its literal <c>-9223372036854775808</c> is the negation of a float, so the range is
    /// symmetric.
    /// </summary>
    private static bool FitsInt(string integerLiteral) =>
        long.TryParse(integerLiteral, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value != long.MinValue;

    private static bool NeedsObjectCast(JsonObject value) => value.Members.Count == 0 || value.Members.Any(m => IsIntegerKey(m.Name));

    private sealed class Dialect : NativeJsonDialect
    {
        public override string IndentUnit => "    ";

        public override string Null => "null";

        public override string True => "true";

        public override string False => "false";

        public override string String(string value) => PhpEncoder.String(value);

        public override string MemberPrefix(string name) => String(name) + " => ";

        public override bool KeepsNumber(string text) =>
            JsonNumberText.IsIntegerLiteral(text)
                ? !JsonNumberText.IsNegativeZero(text) && FitsInt(text)
                : JsonNumberText.SurvivesDouble(text);

        public override bool KeepsMember(JsonObject owner, string name) => !(name.StartsWith('\0') && NeedsObjectCast(owner));

        public override string ObjectOpen(JsonObject value) => NeedsObjectCast(value) ? "(object) [" : "[";

        public override string ObjectClose(JsonObject value) => "]";
    }

    private readonly struct DoubleQuotedPolicy : IEscapePolicy
    {
        public static string Open => "\"";

        public static string Close => "\"";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"\\$");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '$': builder.Append("\\$"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (TextRules.IsPlain(rune))
                    {
                        builder.AppendRune(rune);
                    }
                    else if (rune.IsAscii)
                    {
                        builder.Append("\\x").AppendHex(rune.Value, 2);
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
