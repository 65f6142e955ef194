using System.Buffers;
using System.Net.Http.Headers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// PowerShell string literals. Text whose every character is visible is a verbatim single-quoted string, where a quote
/// is doubled (<c>''</c>) and nothing else is special. Any other text is an expandable double-quoted string with
/// backtick escapes: <c>`n</c>, <c>`t</c>, <c>`0</c>... for controls, <c>`u{...}</c> for invisible characters, and a
/// backtick before <c>`</c>, <c>$</c> and <c>"</c>. PowerShell reads the curly quotes as quotes too (U+2018 to U+201B
/// close a single-quoted string, U+201C to U+201E a double-quoted one), so those are doubled or escaped the same way.
/// PowerShell 7 reads a script without BOM as UTF-8: visible non-ASCII stays as itself. A string may hold NUL.
/// </summary>
public static class PowerShellEncoder
{
    /// <summary>A PowerShell string literal whose value is exactly <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TextRules.AllPlain(value) ? EscapingEngine.Write<SingleQuoted>(value) : EscapingEngine.Write<DoubleQuoted>(value);
    }

    /// <summary>
    /// A here-string for multi-line text such as <c>request.body.pretty</c>: <c>@'</c>, a line break, the text as it is,
    /// a line break, <c>'@</c> at column 0. A here-string holds its text verbatim, but ends at a line starting with
    /// <c>'@</c> and cannot show invisible characters or a CR (the renderer writes LF line ends): such text is an
    /// expandable here-string <c>@"</c> ... <c>"@</c>, exact through the escapes of <see cref="String"/> (a quote that
    /// starts a line escaped too). Empty text is <c>''</c> (a here-string cannot be empty and end in a line break).
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string HereString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        TextRules.EnsureWellFormed(value);
        if (value.Length == 0)
        {
            return "''";
        }

        if (CanBeVerbatim(value))
        {
            return "@'\n" + value + "\n'@";
        }

        var builder = new StringBuilder(value.Length + 16).Append("@\"\n");
        var lineStart = true;
        var index = 0;
        while (index < value.Length)
        {
            Rune.DecodeFromUtf16(value.AsSpan(index), out var rune, out var consumed);
            if (rune.Value == '\n')
            {
                builder.Append('\n');
                lineStart = true;
            }
            else
            {
                if (lineStart && IsDoubleQuote(rune.Value))
                {
                    builder.Append('`').AppendRune(rune);
                }
                else if (rune.Value is '"' or 0x201C or 0x201D or 0x201E)
                {
                    // Inside a here-string a quote ends nothing unless it starts a line.
                    builder.AppendRune(rune);
                }
                else if (rune.IsAscii && DoubleQuoted.Verbatim.Contains((char)rune.Value))
                {
                    builder.Append((char)rune.Value);
                }
                else
                {
                    EscapeDoubleQuoted(builder, rune);
                }

                lineStart = lineStart && rune.Value == ' ';
            }

            index += consumed;
        }

        return builder.Append("\n\"@").ToString();
    }

    /// <summary>
    /// False when PowerShell's web cmdlets would refuse the header without <c>-SkipHeaderValidation</c>: they add
    /// headers through .NET's validating <c>Headers.Add</c>, which rejects a malformed value of a header it knows
    /// (<c>If-Match: abc</c>, <c>Accept: a;;b</c>), and <c>-ContentType</c> must parse as a media type.
    /// </summary>
    public static bool PassesHeaderValidation(string name, string value)
    {
        if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
        {
            return MediaTypeHeaderValue.TryParse(value, out _);
        }

        using var message = new HttpRequestMessage();
        try
        {
            message.Headers.Add(name, value);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // A content header (Content-Language), checked as the body's: a malformed value gets the switch, which
            // costs nothing where the cmdlets would have let it through.
            using var content = new ByteArrayContent([]);
            try
            {
                content.Headers.Add(name, value);
                return true;
            }
            catch (FormatException)
            {
                return false;
            }
            catch (InvalidOperationException)
            {
                return true;
            }
        }
    }

    /// <summary>Every character visible (LF apart), and no line starting, after its spaces, with a quote and an <c>@</c>.</summary>
    private static bool CanBeVerbatim(string value)
    {
        foreach (var line in value.Split('\n'))
        {
            if (!TextRules.AllPlain(line))
            {
                return false;
            }

            var trimmed = line.AsSpan().TrimStart(' ');
            if (trimmed.Length >= 2 && IsQuote(trimmed[0]) && trimmed[1] == '@')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSingleQuote(int c) => c is '\'' or (>= 0x2018 and <= 0x201B);

    private static bool IsDoubleQuote(int c) => c is '"' or (>= 0x201C and <= 0x201E);

    private static bool IsQuote(int c) => IsSingleQuote(c) || IsDoubleQuote(c);

    private static void EscapeDoubleQuoted(StringBuilder builder, Rune rune)
    {
        switch (rune.Value)
        {
            case '`': builder.Append("``"); break;
            case '$': builder.Append("`$"); break;
            case '"' or 0x201C or 0x201D or 0x201E: builder.Append('`').AppendRune(rune); break;
            case 0: builder.Append("`0"); break;
            case 7: builder.Append("`a"); break;
            case 8: builder.Append("`b"); break;
            case '\t': builder.Append("`t"); break;
            case '\n': builder.Append("`n"); break;
            case 0x0B: builder.Append("`v"); break;
            case 0x0C: builder.Append("`f"); break;
            case '\r': builder.Append("`r"); break;
            case 0x1B: builder.Append("`e"); break;
            default:
                if (TextRules.IsPlain(rune))
                {
                    builder.AppendRune(rune);
                }
                else
                {
                    builder.Append("`u{").AppendHex(rune.Value, 1).Append('}');
                }

                break;
        }
    }

    private readonly struct SingleQuoted : IEscapePolicy
    {
        public static string Open => "'";

        public static string Close => "'";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("'");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index)
        {
            // Only visible text comes here: a quote, curly ones included, is doubled; the rest is itself.
            builder.AppendRune(rune);
            if (IsSingleQuote(rune.Value))
            {
                builder.AppendRune(rune);
            }
        }
    }

    private readonly struct DoubleQuoted : IEscapePolicy
    {
        public static string Open => "\"";

        public static string Close => "\"";

        public static SearchValues<char> Verbatim { get; } = TextRules.PrintableAsciiExcept("\"`$");

        public static void Escape(StringBuilder builder, Rune rune, string text, int index) => EscapeDoubleQuoted(builder, rune);
    }
}
