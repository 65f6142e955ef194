using System.Text;

namespace HookSnippets.Snippets.Encoders;

/// <summary>
/// The raw HTTP/1.1 message of http-http11. HTTP has no escapes: a value is written as it is, so these only measure and
/// check. The rendered file has LF line ends and exactly one final LF (docs/templates.md); verify sends each line of the
/// head ending in CR LF, then the body's bytes as the file holds them, without that final LF.
/// </summary>
public static class HttpEncoder
{
    /// <summary>The Content-Length of a body sent as UTF-8: its byte count, in decimal.</summary>
    public static string ContentLength(string body) =>
        Encoding.UTF8.GetByteCount(body).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// A JSON body's pretty text (<c>request.body.pretty</c>) as the file can hold it: U+0085, U+2028 and U+2029, which
    /// the renderer would turn into line breaks and which pretty JSON has only inside strings, as <c>\u</c> escapes
    /// (the same JSON value; verify compares JSON as values). Every other character stays as it is.
    /// </summary>
    public static string Json(string pretty) =>
        pretty.AsSpan().IndexOfAny('\u0085', '\u2028', '\u2029') < 0
            ? pretty
            : pretty.Replace("\u0085", "\\u0085", StringComparison.Ordinal).Replace("\u2028", "\\u2028", StringComparison.Ordinal).Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    /// <summary>
    /// False for a body the file cannot hold exactly: a character the renderer turns into a line break (CR, FF,
    /// U+0085, U+2028, U+2029), a final LF (it would merge with the file's own), or a lone surrogate (no UTF-8 bytes).
    /// </summary>
    public static bool CanCarryBody(string body) =>
        body.AsSpan().IndexOfAny(ForeignLineEnds) < 0 && !body.EndsWith('\n') && TextRules.IsWellFormed(body);

    /// <summary>False for a header value that is not one line of the head (LF or a character the renderer makes one) or has no UTF-8 bytes.</summary>
    public static bool CanCarryLine(string value) =>
        value.AsSpan().IndexOfAny(ForeignLineEnds) < 0 && !value.Contains('\n', StringComparison.Ordinal) && TextRules.IsWellFormed(value);

    /// <summary>What the renderer rewrites as LF (SnippetRenderer's normalisation).</summary>
    private static readonly System.Buffers.SearchValues<char> ForeignLineEnds = System.Buffers.SearchValues.Create("\r\f\u0085\u2028\u2029");
}
