using System.Buffers;
using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// OCaml string literals. OCaml strings are bytes; a source file's string holds the UTF-8 it is written in. A regular
/// literal writes <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\t</c>, <c>\r</c>, <c>\b</c>, other ASCII controls and DEL as
/// <c>\xHH</c> (exactly two hex digits: a following digit is never swallowed), visible non-ASCII as itself, and other
/// non-ASCII (controls, separators, format and private-use characters) as <c>\u{XXXX}</c>, the UTF-8 of that scalar
/// (OCaml 4.06 and later). Multi-line text is a quoted string <c>{id|...|id}</c>, which holds its text verbatim, with
/// an id that does not close it early; text a quoted string cannot show as it is sent (a CR, which the rendered file's
/// LF line ends would change, and the characters a regular literal escapes) is one regular literal per line, joined by
/// <c>String.concat "\n"</c>. Also: what ocaml-uri, which cohttp sends the request target with, makes of a URL.
/// </summary>
public static class OCamlEncoder
{
    /// <summary>A regular OCaml string literal whose bytes are exactly the UTF-8 of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string String(string value) => EscapingEngine.Write<Policy>(value);

    /// <summary>
    /// Multi-line text such as <c>request.body.pretty</c>, exact like <see cref="String"/>: a quoted string
    /// <c>{|...|}</c> when every character is visible or LF (the id grows, <c>{x|...|x}</c>, <c>{xx|...|xx}</c>, while
    /// the text holds its closing <c>|id}</c>), its lines after the first at column 0 as they are sent; otherwise
    /// <c>String.concat "\n" [</c> one regular literal per line at <paramref name="indent"/> + 2 spaces <c>]</c>, the
    /// closing bracket at <paramref name="indent"/> spaces.
    /// </summary>
    /// <exception cref="ArgumentException">The value holds a lone surrogate.</exception>
    public static string Text(string value, int indent)
    {
        ArgumentNullException.ThrowIfNull(value);
        TextRules.EnsureWellFormed(value);
        if (CanQuote(value))
        {
            var id = string.Empty;
            while (value.Contains("|" + id + "}", StringComparison.Ordinal))
            {
                id += "x";
            }

            return "{" + id + "|" + value + "|" + id + "}";
        }

        var builder = new StringBuilder(value.Length + 64).Append("String.concat \"\\n\" [");
        foreach (var line in value.Split('\n'))
        {
            builder.Append('\n').Append(' ', indent + 2).Append(String(line)).Append(';');
        }

        return builder.Append('\n').Append(' ', indent).Append(']').ToString();
    }

    /// <summary>True when a quoted string shows <paramref name="value"/> as it is: every character visible, or LF.</summary>
    public static bool CanQuote(string value)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.Value != '\n' && !TextRules.IsPlain(rune))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The request target cohttp sends for <paramref name="url"/> given to <c>Uri.of_string</c> (ocaml-uri 4):
    /// <c>Uri.path_and_query</c>, which decodes each path segment and the query and encodes them again. A path
    /// segment is written with every character but unreserved ones, sub-delimiters, <c>:</c> and <c>@</c>
    /// percent-encoded, and a segment that decodes to <c>/</c> alone as a slash; the query is split at <c>&amp;</c>,
    /// then at the first <c>=</c>, a value at each <c>,</c>, <c>+</c> read as a space, and each piece decoded, then
    /// encoded again keeping unreserved characters, <c>! $ ' ( ) * : @ / ?</c>, <c>,</c> in names and <c>=</c> in
    /// values. A sample whose URL does not come back the same cannot send the request exactly.
    /// </summary>
    public static string UriPathAndQuery(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        // Uri.of_string reads up to the first LF; a request URL is encoded, so it has none, nor a fragment.
        var authority = url.IndexOf("://", StringComparison.Ordinal);
        var start = authority < 0 ? 0 : url.IndexOfAny(['/', '?'], authority + 3);
        if (start < 0)
        {
            return "/";
        }

        var question = url.IndexOf('?', start);
        var path = question < 0 ? url[start..] : url[start..question];
        var builder = new StringBuilder(url.Length + 16);
        var segmentStart = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] != '/')
            {
                continue;
            }

            if (i > segmentStart)
            {
                var segment = Decode(path[segmentStart..i]);
                if (segment.Length == 1 && segment[0] == '/')
                {
                    builder.Append('/');
                }
                else
                {
                    Encode(builder, segment, PathSafe);
                }
            }

            if (i < path.Length)
            {
                builder.Append('/');
            }

            segmentStart = i + 1;
        }

        if (builder.Length == 0)
        {
            builder.Append('/');
        }

        if (question < 0)
        {
            return builder.ToString();
        }

        builder.Append('?');
        var query = url[(question + 1)..];
        var first = true;
        foreach (var element in query.Split('&'))
        {
            if (!first)
            {
                builder.Append('&');
            }

            first = false;
            var equals = element.IndexOf('=');
            Encode(builder, Decode(PlusToSpace(equals < 0 ? element : element[..equals])), QueryKeySafe);
            if (equals >= 0)
            {
                builder.Append('=');
                var values = PlusToSpace(element[(equals + 1)..]).Split(',');
                for (var v = 0; v < values.Length; v++)
                {
                    if (v > 0)
                    {
                        builder.Append(',');
                    }

                    Encode(builder, Decode(values[v]), QueryValueSafe);
                }
            }
        }

        return builder.ToString();
    }

    private const string Unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~";

    private static readonly SearchValues<byte> PathSafe = SearchValues.Create(Encoding.ASCII.GetBytes(Unreserved + "!$&'()*+,;=:@"));

    private static readonly SearchValues<byte> QueryKeySafe = SearchValues.Create(Encoding.ASCII.GetBytes(Unreserved + "!$'()*,:@/?"));

    private static readonly SearchValues<byte> QueryValueSafe = SearchValues.Create(Encoding.ASCII.GetBytes(Unreserved + "!$'()*=:@/?"));

    private static string PlusToSpace(string s) => s.Replace('+', ' ');

    /// <summary>ocaml-uri's percent-decoding, to bytes held one per char (Latin-1): a <c>%</c> without two hex digits stays as it is.</summary>
    private static string Decode(string encoded)
    {
        var bytes = Encoding.Latin1.GetBytes(encoded);
        var output = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == '%' && i + 2 < bytes.Length && IsHex(bytes[i + 1]) && IsHex(bytes[i + 2]))
            {
                output.Add((byte)((HexValue(bytes[i + 1]) << 4) | HexValue(bytes[i + 2])));
                i += 2;
            }
            else
            {
                output.Add(bytes[i]);
            }
        }

        return Encoding.Latin1.GetString(output.ToArray());
    }

    private static void Encode(StringBuilder builder, string decoded, SearchValues<byte> safe)
    {
        foreach (var c in decoded)
        {
            if (c < 0x80 && safe.Contains((byte)c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').AppendHex(c, 2);
            }
        }
    }

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

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
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                case '\b': builder.Append("\\b"); break;
                case < 0x80: builder.Append("\\x").AppendHex(rune.Value, 2); break;
                default:
                    if (TextRules.IsPlain(rune))
                    {
                        builder.AppendRune(rune);
                    }
                    else
                    {
                        builder.Append("\\u{").AppendHex(rune.Value, 4).Append('}');
                    }

                    break;
            }
        }
    }
}
