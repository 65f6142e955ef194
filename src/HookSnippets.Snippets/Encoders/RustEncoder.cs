using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// Rust string literals. <see cref="String"/> writes a regular literal: visible non-ASCII stays as UTF-8 (Rust source
/// is UTF-8), quotes and backslashes are escaped, controls and invisible characters become <c>\u{X}</c>.
/// <see cref="Raw"/> writes a raw string <c>r#"..."#</c> for text a reader should see as it is, such as a
/// pretty-printed JSON body.
/// </summary>
public static class RustEncoder
{
    /// <summary>A Rust string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<BraceEscapePolicy>(value);

    /// <summary>
    /// A raw string literal whose value is exactly <paramref name="value"/>: <c>r#"</c>, the text with its line feeds,
    /// quotes and backslashes as they are, and <c>"#</c>, with one more <c>#</c> than the longest run of <c>#</c> after a
    /// quote in the text, so that nothing in it closes the literal. A raw string has no escapes: what it cannot hold
    /// (a carriage return, which the compiler refuses bare) or would hide (controls, U+2028, a BOM and other invisible
    /// characters) is a regular literal between raw pieces, all joined at compile time by <c>concat!(...)</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string Raw(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        TextRules.EnsureWellFormed(value);
        var hashes = new string('#', HashCount(value));
        var needsEscapes = false;
        foreach (var rune in value.EnumerateRunes())
        {
            if (!RawCanHold(rune))
            {
                needsEscapes = true;
                break;
            }
        }

        if (!needsEscapes)
        {
            return "r" + hashes + "\"" + value + "\"" + hashes;
        }

        var builder = new StringBuilder("concat!(");
        var inRaw = false;
        var first = true;
        foreach (var rune in value.EnumerateRunes())
        {
            var raw = RawCanHold(rune);
            if (raw != inRaw || (!raw && first))
            {
                if (!first)
                {
                    builder.Append(inRaw ? "\"" + hashes : "\"").Append(", ");
                }

                builder.Append(raw ? "r" + hashes + "\"" : "\"");
                inRaw = raw;
                first = false;
            }

            if (raw)
            {
                builder.AppendRune(rune);
            }
            else
            {
                BraceEscapePolicy.Escape(builder, rune, value, 0);
            }
        }

        builder.Append(inRaw ? "\"" + hashes : "\"").Append(')');
        return builder.ToString();
    }

    private static bool RawCanHold(Rune rune) => rune.Value == '\n' || TextRules.IsPlain(rune);

    /// <summary>At least one <c>#</c> (JSON has quotes), and one more than the longest run after a quote.</summary>
    private static int HashCount(string value)
    {
        var longest = 0;
        for (var i = value.IndexOf('"'); i >= 0; i = value.IndexOf('"', i + 1))
        {
            var run = 0;
            while (i + 1 + run < value.Length && value[i + 1 + run] == '#')
            {
                run++;
            }

            longest = Math.Max(longest, run);
        }

        return longest + 1;
    }
}
