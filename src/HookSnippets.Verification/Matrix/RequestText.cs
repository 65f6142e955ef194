using System.Text;
using HookSnippets.Description.Json;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Verification.Matrix;

/// <summary>
/// Requests as HTTP-like text for a diff: request line, the headers verify judges (ignored ones left out, names as
/// sent), a blank line and the body (JSON shown canonically, so member order and spacing do not clutter the diff).
/// </summary>
public static class RequestText
{
    public static string Expected(ExpectedRequest request)
    {
        var text = new StringBuilder();
        text.Append(request.Method).Append(' ').Append(ExpectedRequestComparer.PathAndQuery(request.Url)).Append('\n');
        foreach (var header in request.Headers)
        {
            text.Append(header.Name).Append(": ").Append(header.Value).Append('\n');
        }

        return AppendBody(text, request.Body switch
        {
            null => [],
            JsonBody json => Encoding.UTF8.GetBytes(json.Compact),
            FormBody form => Encoding.UTF8.GetBytes(form.Encoded),
            MultipartBody multipart => Encoding.UTF8.GetBytes(string.Concat(multipart.Parts.Select(p => Multipart.Head(p, multipart.Boundary) + (p.File is { } file ? $"<the bytes of {file}>" : p.Text) + "\r\n")) + Multipart.Closing(multipart.Boundary)),
            TextBody body => Encoding.UTF8.GetBytes(body.Text),
            FileBody file => Encoding.UTF8.GetBytes($"<the bytes of {file.File}>"),
            _ => [],
        });
    }

    public static string Received(RecordedRequest request)
    {
        var text = new StringBuilder();
        text.Append(request.Method).Append(' ').Append(request.RawTarget).Append('\n');
        foreach (var (name, value) in request.Headers.Where(h => !IgnoredHeaders.IsIgnored(h.Key)))
        {
            text.Append(name).Append(": ").Append(value).Append('\n');
        }

        return AppendBody(text, request.Body);
    }

    private static string AppendBody(StringBuilder text, byte[] body)
    {
        if (body.Length == 0)
        {
            return text.ToString();
        }

        var raw = Encoding.UTF8.GetString(body);
        var parsed = JsonParser.Parse(raw, "body");
        text.Append('\n').Append(parsed.Root is not null && parsed.Diagnostics.Count == 0 ? JsonWriter.Write(parsed.Root, indented: true) : raw).Append('\n');
        return text.ToString();
    }
}
