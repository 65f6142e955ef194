namespace HookSnippets.Snippets.Requests;

/// <summary>The canonical multipart/form-data writing of the expected request (docs/endpoint-format.md, "Multipart bodies").</summary>
public static class Multipart
{
    /// <summary>The boundary of expected requests, and of samples whose client lets them choose one.</summary>
    public const string Boundary = "HookSnippetsBoundary";

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
    public static string Head(MultipartPart part) =>
        "--" + Boundary + "\r\nContent-Disposition: " + Disposition(part.Name, part.FileName) + "\r\n"
        + (part.ContentType is null ? string.Empty : "Content-Type: " + part.ContentType + "\r\n")
        + "\r\n";

    /// <summary>What follows the last part's content and its CRLF.</summary>
    public const string Closing = "--" + Boundary + "--\r\n";
}
