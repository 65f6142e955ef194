using System.Text;
using HookSnippets.Description.Json;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Verification;

/// <summary>
/// Judges recorded requests against an operation's expected request (docs/endpoint-format.md): exactly one request;
/// the method; path and query byte for byte after decoding percent-encoded unreserved characters only; Authorization
/// exactly; Content-Type's media type exactly (a charset parameter allowed) and once; each header parameter; no other
/// header except <see cref="IgnoredHeaders"/>; the body parsed as JSON and deeply equal to the example.
/// </summary>
public static class ExpectedRequestComparer
{
    /// <summary>Every difference found, each a line that names what differs (empty when the requests match).</summary>
    public static IReadOnlyList<string> Compare(ExpectedRequest expected, IReadOnlyList<RecordedRequest> received)
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

        differences.AddRange(CompareOne(expected, received[0]));
        return differences;
    }

    /// <summary>The differences between the expected request and one recorded request.</summary>
    public static IReadOnlyList<string> CompareOne(ExpectedRequest expected, RecordedRequest request)
    {
        var differences = new List<string>();
        if (request.Method != expected.Method)
        {
            differences.Add($"method: expected {expected.Method}, received {request.Method}");
        }

        var expectedTarget = PathAndQuery(expected.Url);
        if (NormalizeUnreserved(request.RawTarget) != NormalizeUnreserved(expectedTarget))
        {
            differences.Add($"path and query: expected {expectedTarget}, received {request.RawTarget}");
        }

        CompareHeaders(expected, request, differences);
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

    /// <summary>Decodes <c>%XX</c> escapes of RFC 3986 unreserved characters; every other byte stays as it is.</summary>
    public static string NormalizeUnreserved(string target)
    {
        if (!target.Contains('%', StringComparison.Ordinal))
        {
            return target;
        }

        var builder = new StringBuilder(target.Length);
        for (var i = 0; i < target.Length; i++)
        {
            if (target[i] == '%' && i + 2 < target.Length
                && Uri.IsHexDigit(target[i + 1]) && Uri.IsHexDigit(target[i + 2])
                && (char)Convert.ToByte(target.Substring(i + 1, 2), 16) is var decoded
                && UrlEncoding.IsUnreserved(decoded))
            {
                builder.Append(decoded);
                i += 2;
            }
            else
            {
                builder.Append(target[i]);
            }
        }

        return builder.ToString();
    }

    private static void CompareHeaders(ExpectedRequest expected, RecordedRequest request, List<string> differences)
    {
        var expectedNames = new HashSet<string>(expected.Headers.Select(h => h.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var name in expectedNames)
        {
            var wanted = expected.Headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToArray();
            var sent = request.HeaderValues(name);
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase) && wanted.Length == 1)
            {
                CompareContentType(wanted[0], sent, differences);
            }
            else if (sent.Count == 0)
            {
                differences.Add($"header {name}: missing (expected {Quote(wanted)})");
            }
            else if (!sent.SequenceEqual(wanted, StringComparer.Ordinal))
            {
                differences.Add($"header {name}: expected {Quote(wanted)}, received {Quote(sent)}");
            }
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!expectedNames.Contains(name) && !IgnoredHeaders.IsIgnored(name))
            {
                differences.Add($"header {name}: not expected, received \"{value}\"");
            }
        }
    }

    private static void CompareContentType(string wanted, IReadOnlyList<string> sent, List<string> differences)
    {
        if (sent.Count == 0)
        {
            differences.Add($"header Content-Type: missing (expected \"{wanted}\")");
        }
        else if (sent.Count > 1)
        {
            differences.Add($"header Content-Type: sent {sent.Count} times ({Quote(sent)}), expected once \"{wanted}\"");
        }
        else if (!IsAcceptedContentType(wanted, sent[0]))
        {
            differences.Add($"header Content-Type: expected \"{wanted}\" (a charset parameter is allowed), received \"{sent[0]}\"");
        }
    }

    /// <summary>The expected value itself, or it followed by a <c>charset</c> parameter (some runtimes add <c>; charset=utf-8</c>).</summary>
    private static bool IsAcceptedContentType(string wanted, string sent)
    {
        if (sent == wanted)
        {
            return true;
        }

        if (!sent.StartsWith(wanted, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = sent[wanted.Length..].TrimStart();
        if (!rest.StartsWith(';'))
        {
            return false;
        }

        var parameter = rest[1..].Trim();
        return parameter.StartsWith("charset=", StringComparison.OrdinalIgnoreCase)
            && parameter["charset=".Length..].Trim('"') is { } charset
            && charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase);
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

        if (request.Body.Length == 0)
        {
            differences.Add($"body: expected {expected.Body}, received none");
            return;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(request.Body);
        }
        catch (DecoderFallbackException)
        {
            differences.Add($"body: not valid UTF-8: {Preview(request.Body)}");
            return;
        }

        var parsed = JsonParser.Parse(text, "received body");
        if (parsed.Root is null || parsed.Diagnostics.Count > 0)
        {
            var reason = parsed.Diagnostics.Count > 0 ? parsed.Diagnostics[0].Message : "no JSON value";
            differences.Add($"body: not valid JSON ({reason}): {Preview(request.Body)}");
            return;
        }

        var wanted = JsonParser.Parse(expected.Body, "expected body").Root!;
        if (!JsonWriter.DeepEquals(wanted, parsed.Root))
        {
            differences.Add($"body: expected {expected.Body}, received {JsonWriter.Write(parsed.Root, indented: false)}"
                + JsonDifference.Describe(wanted, parsed.Root, "$"));
        }
    }

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(v => "\"" + v + "\""));

    private static string Preview(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 400));
        return body.Length > 400 ? text + "..." : text;
    }
}
