using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Go interpreted string literals. Visible non-ASCII stays as UTF-8 (Go source is UTF-8); controls become named or
/// <c>\xHH</c> escapes, other invisible characters <c>\uXXXX</c>/<c>\UXXXXXXXX</c> (the compiler rejects a BOM inside
/// a file, so U+FEFF must be escaped).
/// </summary>
public static class GoEncoder
{
    /// <summary>A Go string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    /// <summary>
    /// A Go raw string literal (between backquotes) whose value is exactly <paramref name="value"/>, for multi-line
    /// text such as a pretty-printed JSON body. What a raw literal cannot hold exactly, or would hide from a reader (a
    /// backquote, a carriage return, which Go drops from raw literals, NUL, a BOM, other controls and invisible
    /// characters), is written as an interpreted literal concatenated with <c>+</c>: <c>`a` + "`" + `b`</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string Raw(string value) => EscapingEngine.Write(value, default(RawPolicy));

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
                    else if (rune.IsAscii)
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

    /// <summary>Raw pieces between backquotes, interpreted pieces (spelled by <see cref="Policy"/>) between them.</summary>
    private struct RawPolicy : IQuotingPolicy
    {
        private const int None = 0;
        private const int InRaw = 1;
        private const int InInterpreted = 2;

        private int _mode;

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("`");

        public static string Open => "`";

        public static string Close => "`";

        public void Start(StringBuilder builder) => _mode = None;

        public void AppendVerbatim(StringBuilder builder, ReadOnlySpan<char> run) => Enter(builder, InRaw).Append(run);

        public void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            if (rune.Value == '\n' || (rune.Value != '`' && TextRules.IsPlain(rune)))
            {
                Enter(builder, InRaw).AppendRune(rune);
            }
            else
            {
                Policy.Escape(Enter(builder, InInterpreted), rune, text, index);
            }
        }

        public void End(StringBuilder builder) => Enter(builder, None);

        private StringBuilder Enter(StringBuilder builder, int mode)
        {
            if (mode == _mode)
            {
                return builder;
            }

            if (_mode != None)
            {
                builder.Append(_mode == InRaw ? '`' : '"');
                if (mode != None)
                {
                    builder.Append(" + ");
                }
            }

            if (mode != None)
            {
                builder.Append(mode == InRaw ? '`' : '"');
            }

            _mode = mode;
            return builder;
        }
    }
}
