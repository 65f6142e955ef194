using System.Text;
using System.Text.RegularExpressions;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// An http-http11 sample read as the bytes it stands for: the file's lines up to the first empty one are the head
/// (request line, then headers), each sent with CR LF and followed by CR LF; the rest, without the file's final LF
/// (the renderer ends every file with one), is the body. A file with no empty line is a head alone.
/// </summary>
internal sealed partial class RawHttpMessage
{
    private RawHttpMessage(string[] head, byte[] body)
    {
        Head = head;
        Body = body;
    }

    public IReadOnlyList<string> Head { get; }

    public byte[] Body { get; }

    public static RawHttpMessage Parse(string text)
    {
        text = text.EndsWith('\n') ? text[..^1] : text;
        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        var head = blank < 0 ? text : text[..blank];
        var body = blank < 0 ? "" : text[(blank + 2)..];
        return new RawHttpMessage(head.Split('\n'), Encoding.UTF8.GetBytes(body));
    }

    /// <summary>The head with CR LF line ends, the empty line, and the body.</summary>
    public byte[] ToWire() => [.. Encoding.UTF8.GetBytes(string.Concat(Head.Select(line => line + "\r\n")) + "\r\n"), .. Body];

    /// <summary>The authority of the Host header, or null when there is not exactly one.</summary>
    public string? Host => Headers("Host") is [var host] ? host : null;

    /// <summary>
    /// What makes this not a message an HTTP/1.1 server reads as meant: the request line, a header line, the Host
    /// header, and a body without a Content-Length of its byte count. Null when there is nothing.
    /// </summary>
    public string? Problem()
    {
        var problems = new List<string>();
        if (!RequestLine().IsMatch(Head[0]))
        {
            problems.Add($"line 1: not a request line 'METHOD target HTTP/1.1': {Head[0]}");
        }

        for (var i = 1; i < Head.Count; i++)
        {
            if (!HeaderLine().IsMatch(Head[i]))
            {
                problems.Add($"line {i + 1}: not a header line 'Name: value': {Head[i]}");
            }
        }

        if (Host is null)
        {
            problems.Add("the head needs exactly one Host header");
        }

        var lengths = Headers("Content-Length");
        if (lengths.Length > 1 || (lengths.Length == 0 && Body.Length > 0) || (lengths is [var length] && length != Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            problems.Add($"the body is {Body.Length} bytes, but Content-Length says {(lengths.Length == 0 ? "nothing" : string.Join(", ", lengths))}");
        }

        return problems.Count == 0 ? null : string.Join("\n", problems);
    }

    private string[] Headers(string name) => Head.Skip(1)
        .Select(line => line.Split(':', 2))
        .Where(parts => parts.Length == 2 && parts[0].Equals(name, StringComparison.OrdinalIgnoreCase))
        .Select(parts => parts[1].Trim(' ', '\t'))
        .ToArray();

    [GeneratedRegex(@"^[!#$%&'*+.^_`|~0-9A-Za-z-]+ [^ ]+ HTTP/1\.1$")]
    private static partial Regex RequestLine();

    [GeneratedRegex(@"^[!#$%&'*+.^_`|~0-9A-Za-z-]+:[ \t]*[^\r\n]*$")]
    private static partial Regex HeaderLine();
}
