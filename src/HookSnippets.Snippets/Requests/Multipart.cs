namespace HookSnippets.Snippets.Requests;

/// <summary>The canonical multipart/form-data writing of the expected request (docs/endpoint-format.md, "Multipart bodies").</summary>
public static class Multipart
{
    private const string BaseBoundary = "HookSnippetsBoundary";

    /// <summary>
    /// The boundary of expected requests, and of samples whose client lets them choose one: <c>HookSnippetsBoundary</c>,
    /// or with the smallest number after it that no part's text holds (files never hold it: see verify's sample files).
    /// </summary>
    public static string BoundaryFor(IEnumerable<MultipartPart> parts)
    {
        var texts = parts.Select(p => p.Text).OfType<string>().ToArray();
        var boundary = BaseBoundary;
        for (var n = 1; texts.Any(t => t.Contains(boundary, StringComparison.Ordinal)); n++)
        {
            boundary = BaseBoundary + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return boundary;
    }

    /// <summary>
    /// A name or filename inside <c>name="..."</c>: <c>"</c>, CR and LF percent-encoded, as the HTML standard (and
    /// browsers, curl, undici, axios) write them; everything else as itself.
    /// </summary>
    public static string Quote(string value) =>
        "\"" + value.Replace("\"", "%22", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal) + "\"";

    /// <summary><c>form-data; name="..."</c>, with <c>; filename="..."</c> for a file part.</summary>
    public static string Disposition(string name, string? fileName) =>
        "form-data; name=" + Quote(name) + (fileName is null ? string.Empty : "; filename=" + Quote(fileName));

    /// <summary>Everything of a part before its content: boundary line, Content-Disposition, Content-Type, blank line.</summary>
    public static string Head(MultipartPart part, string boundary) =>
        "--" + boundary + "\r\nContent-Disposition: " + Disposition(part.Name, part.FileName) + "\r\n"
        + (part.ContentType is null ? string.Empty : "Content-Type: " + part.ContentType + "\r\n")
        + "\r\n";

    /// <summary>What follows the last part's content and its CRLF.</summary>
    public static string Closing(string boundary) => "--" + boundary + "--\r\n";
}
