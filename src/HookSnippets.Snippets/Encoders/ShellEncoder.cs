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
    /// <summary>Characters the loop below writes as themselves inside single quotes.</summary>
    private static readonly SearchValues<char> Verbatim = TextRules.PrintableAsciiExcept("'");

    private enum State
    {
        Outside,
        SingleQuoted,
        AnsiQuoted,
    }

    /// <summary>A bash word that expands to exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate, or NUL, which no command argument can carry.</exception>
    public static string String(string value)
    {
        if (TextRules.IsVerbatim(value, Verbatim))
        {
            return "'" + value + "'";
        }

        TextRules.EnsureWellFormed(value, nameof(value));
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A shell argument cannot carry NUL (U+0000).", nameof(value));
        }

        if (value.Length == 0)
        {
            return "''";
        }

        var builder = new StringBuilder(value.Length + 2);
        var state = State.Outside;
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value == '\'')
            {
                Enter(builder, ref state, State.Outside);
                builder.Append("\\'");
            }
            else if (TextRules.IsPlain(rune) || rune.Value is '\n' or '\t')
            {
                Enter(builder, ref state, State.SingleQuoted);
                builder.AppendRune(rune);
            }
            else
            {
                Enter(builder, ref state, State.AnsiQuoted);
                if (rune.Value == '\r')
                {
                    builder.Append("\\r");
                }
                else
                {
                    foreach (var b in TextRules.Utf8(rune))
                    {
                        builder.Append("\\x").AppendHex(b, 2);
                    }
                }
            }
        }

        Enter(builder, ref state, State.Outside);
        return builder.ToString();
    }

    private static void Enter(StringBuilder builder, ref State state, State next)
    {
        if (state == next)
        {
            return;
        }

        if (state != State.Outside)
        {
            builder.Append('\'');
        }

        if (next == State.SingleQuoted)
        {
            builder.Append('\'');
        }
        else if (next == State.AnsiQuoted)
        {
            builder.Append("$'");
        }

        state = next;
    }
}
