using System.Text;
using HookSnippets.Description.Json;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Verification;

/// <summary>
/// Judges recorded requests against an operation's expected request (docs/verify.md), strictly, for verify and the
/// test suite alike: exactly one request; the method; the raw request target byte for byte (no escape decoded); each
/// expected header sent exactly once with exactly its value (no charset added to Content-Type); header names case
/// sensitively over HTTP/1.x when the target promises to send them as written (target.json's keepsHeaderNameCase;
/// HTTP/2 lower-cases every name), a multipart Content-Type with any boundary; no other header except
/// <see cref="IgnoredHeaders"/>; the body as its kind says: JSON parsed and deeply equal, form fields in order
/// (<see cref="FormComparison"/>), multipart parts in order (<see cref="MultipartComparison"/>), text and file bytes
/// exactly (a file's bytes being <see cref="SampleFiles"/>' for its name).
/// </summary>
public static class ExpectedRequestComparer
{
    /// <summary>Every difference found, each a line that names what differs (empty when the requests match).</summary>
    /// <param name="exactHeaderNames">The client sends header names as written: over HTTP/1.x their case must match too.</param>
    /// <param name="runtimeOwned">Headers the target's runtime adds by itself (target.json's browserOwnedHeaders), ignored for it alone.</param>
    public static IReadOnlyList<string> Compare(ExpectedRequest expected, IReadOnlyList<RecordedRequest> received, bool exactHeaderNames, IReadOnlyList<string>? runtimeOwned = null)
    {
        if (received.Count == 0)
        {
            return ["no request was received (expected exactly one)"];
        }

        var differences = new List<string>();
        if (received.Count > 1)
        {
            differences.Add($"{received.Count} requests were received (expected exactly one): "
                + string.Join(", ", received.Select(r => r.Method + " " + r.RawTarget)));
        }

        differences.AddRange(CompareOne(expected, received[0], exactHeaderNames, runtimeOwned));
        return differences;
    }

    /// <summary>The differences between the expected request and one recorded request.</summary>
    public static IReadOnlyList<string> CompareOne(ExpectedRequest expected, RecordedRequest request, bool exactHeaderNames, IReadOnlyList<string>? runtimeOwned = null)
    {
        var differences = new List<string>();
        if (request.Method != expected.Method)
        {
            differences.Add($"method: expected {expected.Method}, received {request.Method}");
        }

        var expectedTarget = PathAndQuery(expected.Url);
        if (request.RawTarget != expectedTarget)
        {
            differences.Add($"request target: expected {expectedTarget}, received {request.RawTarget}");
        }

        CompareHeaders(expected, request, exactHeaderNames && request.Protocol.StartsWith("HTTP/1", StringComparison.Ordinal), differences, runtimeOwned);
        CompareBody(expected, request, differences);
        return differences;
    }

    /// <summary>The request target of an absolute URL: everything from the first <c>/</c> after the authority.</summary>
    public static string PathAndQuery(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var start = schemeEnd < 0 ? 0 : schemeEnd + 3;
        var slash = url.IndexOf('/', start);
        var query = url.IndexOf('?', start);
        if (slash < 0 || (query >= 0 && query < slash))
        {
            return query < 0 ? "/" : "/" + url[query..];
        }

        return url[slash..];
    }

    private static bool IsMultipartContentType(ExpectedRequest expected, string name) =>
        expected.Body is MultipartBody && name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase);

    private static void CompareHeaders(ExpectedRequest expected, RecordedRequest request, bool exactNames, List<string> differences, IReadOnlyList<string>? runtimeOwned)
    {
        var expectedNames = expected.Headers.Select(h => h.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        foreach (var name in expectedNames)
        {
            var wanted = expected.Headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToArray();
            var sent = request.Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).ToArray();
            var values = sent.Select(h => h.Value).ToArray();
            if (sent.Length == 0)
            {
                differences.Add($"header {name}: missing (expected {Quote(wanted)})");
            }
            else if (sent.Length != wanted.Length)
            {
                differences.Add($"header {name}: sent {sent.Length} times ({Quote(values)}), expected {(wanted.Length == 1 ? "once" : wanted.Length + " times")} {Quote(wanted)}");
            }
            else if (IsMultipartContentType(expected, name))
            {
                if (MultipartComparison.Boundary(wanted[0].Split(';')[0], values[0], out var problem) is null)
                {
                    differences.Add($"header {name}: {problem} (received \"{values[0]}\")");
                }
            }
            else if (!values.SequenceEqual(wanted, StringComparer.Ordinal))
            {
                differences.Add($"header {name}: expected {Quote(wanted)}, received {Quote(values)}");
            }

            // A multipart Content-Type is the client's own (FormData writes it with its boundary), so its spelling is too.
            var spelledAsWritten = exactNames && !IsMultipartContentType(expected, name);
            foreach (var spelling in sent.Select(h => h.Key).Where(key => spelledAsWritten && key != name).Distinct(StringComparer.Ordinal))
            {
                differences.Add($"header {name}: sent as \"{spelling}\" (this target sends header names as written)");
            }
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!expectedNames.Contains(name, StringComparer.OrdinalIgnoreCase) && !IgnoredHeaders.IsIgnored(name) && !IgnoredHeaders.IsRuntimeOwned(name, runtimeOwned))
            {
                differences.Add($"header {name}: not expected, received \"{value}\"");
            }
        }
    }

    private static void CompareBody(ExpectedRequest expected, RecordedRequest request, List<string> differences)
    {
        if (expected.Body is null)
        {
            if (request.Body.Length > 0)
            {
                differences.Add($"body: expected none, received {request.Body.Length} bytes: {Preview(request.Body)}");
            }

            return;
        }

        switch (expected.Body)
        {
            case JsonBody json:
                CompareJson(json, request.Body, differences);
                break;
            case FormBody form:
                FormComparison.Compare(form, request.Body, differences);
                break;
            case MultipartBody multipart:
                // A wrong Content-Type is reported with the headers; the parts cannot be found without its boundary.
                if (request.HeaderValues("Content-Type") is [var contentType]
                    && MultipartComparison.Boundary(expected.Headers.First(h => h.Name == "Content-Type").Value.Split(';')[0], contentType, out _) is { } boundary)
                {
                    MultipartComparison.Compare(multipart, boundary, request.Body, differences);
                }

                break;
            case TextBody text:
                CompareBytes("the text " + FormComparison.Quote(text.Text), Encoding.UTF8.GetBytes(text.Text), request.Body, differences);
                break;
            case FileBody file:
                CompareBytes($"the {SampleFiles.Content(file.File).Length} bytes of {file.File}", SampleFiles.Content(file.File), request.Body, differences);
                break;
        }
    }

    private static void CompareJson(JsonBody expected, byte[] body, List<string> differences)
    {
        if (body.Length == 0)
        {
            differences.Add($"body: expected {expected.Compact}, received none");
            return;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            differences.Add($"body: not valid UTF-8: {Preview(body)}");
            return;
        }

        var parsed = JsonParser.Parse(text, "received body");
        if (parsed.Root is null || parsed.Diagnostics.Count > 0)
        {
            var reason = parsed.Diagnostics.Count > 0 ? parsed.Diagnostics[0].Message : "no JSON value";
            differences.Add($"body: not valid JSON ({reason}): {Preview(body)}");
            return;
        }

        var wanted = JsonParser.Parse(expected.Compact, "expected body").Root!;
        if (!JsonWriter.DeepEquals(wanted, parsed.Root))
        {
            differences.Add($"body: expected {expected.Compact}, received {JsonWriter.Write(parsed.Root, indented: false)}"
                + JsonDifference.Describe(wanted, parsed.Root, "$"));
        }
    }

    private static void CompareBytes(string what, byte[] wanted, byte[] body, List<string> differences)
    {
        if (!body.AsSpan().SequenceEqual(wanted))
        {
            var common = wanted.AsSpan().CommonPrefixLength(body);
            differences.Add($"body: expected {what}, received {body.Length} bytes (the first {common} equal): {Preview(body)}");
        }
    }

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => "\"" + v + "\""));

    private static string Preview(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400));
        return body.Length > 400 ? text + "..." : text;
    }
}
