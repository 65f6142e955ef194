using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Bash words. Text goes inside single quotes, where bash keeps every character (newlines and tabs included) and
/// interpolates nothing; a <c>'</c> becomes <c>'\''</c>. Characters a reader could not see (other controls, line
/// separators, format characters) are spliced in as ANSI-C <c>$'\xHH'</c> UTF-8 bytes, which do not depend on the locale.
/// </summary>
public static class ShellEncoder
{
    /// <summary>A bash word that expands to exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate, or NUL, which no command argument can carry.</exception>
    public static string String(string value) => EscapingEngine.Write(value, default(Policy));

    /// <summary>
    /// A value as curl's <c>--form</c> reads a quoted one (<c>name="..."</c>, <c>filename="..."</c>): in double quotes,
    /// with <c>\</c> before <c>"</c> and <c>\</c>, so a <c>;</c> or <c>,</c> inside does not end it. The result goes into
    /// <see cref="String"/> like any other text.
    /// </summary>
    public static string CurlQuoted(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>The characters HTTPie's request items read as separators (<c>:</c>, <c>==</c>, <c>=</c>, <c>:=</c>, <c>@</c>, <c>;</c>...).</summary>
    private static readonly SearchValues<char> HttpieSpecial = SearchValues.Create(":;=@");

    /// <summary>
    /// The name of an HTTPie request item (a header's, a form field's): every <c>:</c>, <c>;</c>, <c>=</c> and <c>@</c>
    /// after a <c>\</c>, so HTTPie finds the item's separator after the name. The result goes into <see cref="String"/>.
    /// Check <see cref="HttpieCanCarry"/> first.
    /// </summary>
    public static string HttpieKey(string value)
    {
        var builder = new StringBuilder(value.Length + 4);
        foreach (var c in value)
        {
            builder.Append(HttpieSpecial.Contains(c) ? "\\" : "").Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The value of an HTTPie request item, after its separator: a leading <c>=</c> or <c>@</c> after a <c>\</c>, which
    /// would otherwise lengthen the separator (<c>:=</c> raw JSON, <c>:@</c> or <c>=@</c> a file's contents, <c>==</c>
    /// a query parameter). Other characters stay as they are: HTTPie takes the first separator only.
    /// </summary>
    public static string HttpieValue(string value) =>
        value is ['=' or '@', ..] ? "\\" + value : value;

    /// <summary>
    /// False when HTTPie cannot read the item back: it takes <c>\</c> before a separator character as an escape and
    /// keeps a doubled backslash as two, so a <c>\</c> followed by <c>:</c>, <c>;</c>, <c>=</c> or <c>@</c> (after any
    /// pairs of backslashes) has no spelling. Pass the whole item (<c>name:value</c>), so a name that ends in <c>\</c> counts too.
    /// </summary>
    public static bool HttpieCanCarry(string value)
    {
        // Read pair by pair as HTTPie's tokenizer does: a '\' takes the character after it along.
        for (var i = value.IndexOf('\\', StringComparison.Ordinal); i >= 0 && i < value.Length - 1; i = value.IndexOf('\\', i + 2))
        {
            if (HttpieSpecial.Contains(value[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private enum Quoting
    {
        Outside,
        SingleQuoted,
        AnsiQuoted,
    }

    /// <summary>Opens a quoting style only when a character needs it, so <c>'</c> alone is <c>\'</c>, not <c>''\'''</c>.</summary>
    private struct Policy : IQuotingPolicy
    {
        private Quoting _quoting;

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("'");

        public static string Open => "'";

        public static string Close => "'";

        public readonly void Start(StringBuilder builder)
        {
        }

        public void AppendVerbatim(StringBuilder builder, ReadOnlySpan<char> run)
        {
            Enter(builder, Quoting.SingleQuoted);
            builder.Append(run);
        }

        public void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            if (rune.Value == '\'')
            {
                Enter(builder, Quoting.Outside);
                builder.Append("\\'");
            }
            else if (rune.Value == '\0')
            {
                throw new ArgumentException("A shell argument cannot carry NUL (U+0000).", "value");
            }
            else if (TextRules.IsPlain(rune) || rune.Value is '\n' or '\t')
            {
                Enter(builder, Quoting.SingleQuoted);
                builder.AppendRune(rune);
            }
            else if (rune.Value == '\r')
            {
                Enter(builder, Quoting.AnsiQuoted);
                builder.Append("\\r");
            }
            else
            {
                Enter(builder, Quoting.AnsiQuoted);
                Span<byte> utf8 = stackalloc byte[4];
                foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
                {
                    builder.Append("\\x").AppendHex(b, 2);
                }
            }
        }

        public void End(StringBuilder builder) => Enter(builder, Quoting.Outside);

        private void Enter(StringBuilder builder, Quoting next)
        {
            if (_quoting == next)
            {
                return;
            }

            if (_quoting != Quoting.Outside)
            {
                builder.Append('\'');
            }

            if (next == Quoting.SingleQuoted)
            {
                builder.Append('\'');
            }
            else if (next == Quoting.AnsiQuoted)
            {
                builder.Append("$'");
            }

            _quoting = next;
        }
    }
}
