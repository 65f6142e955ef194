namespace HookSnippets.Snippets.Rendering;

/// <summary>
/// What a script in a browser may not ask for, by the Fetch standard's forbidden request-header names (fetch, XHR and
/// every library built on them, jQuery and axios included, obey it): the browser drops such a header or refuses the
/// request, so a browser target refuses the sample instead of writing one that would send something else.
/// </summary>
public static class BrowserRequests
{
    private static readonly HashSet<string> ForbiddenNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept-Charset", "Accept-Encoding", "Access-Control-Request-Headers", "Access-Control-Request-Method",
        "Access-Control-Request-Private-Network", "Connection", "Content-Length", "Cookie", "Cookie2", "Date", "DNT",
        "Expect", "Host", "Keep-Alive", "Origin", "Referer", "Set-Cookie", "TE", "Trailer", "Transfer-Encoding",
        "Upgrade", "Via",
    };

    /// <summary>True for a header name a script cannot set: one of the list, or any <c>Proxy-</c> or <c>Sec-</c> name.</summary>
    public static bool ForbidsHeader(string name) =>
        ForbiddenNames.Contains(name)
        || name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Sec-", StringComparison.OrdinalIgnoreCase);
}
