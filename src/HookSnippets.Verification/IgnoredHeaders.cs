namespace HookSnippets.Verification;

/// <summary>
/// The one list of headers that HTTP runtimes add by themselves (docs/reference/toolchains.md §4) and that
/// verify therefore ignores. Every other header a sample sends must be part of the expected request.
/// </summary>
public static class IgnoredHeaders
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "User-Agent",
        "Accept",
        "Accept-Encoding",
        "Accept-Language",
        "Connection",
        "Content-Length",
        "Host",
        "Expect",
        "Transfer-Encoding",
        "Upgrade",
        "HTTP2-Settings",
        // HTTP/2 connection-level header that Kestrel may surface; never written by a sample.
        "TE",
    };

    /// <summary>The exact names ignored, for reports.</summary>
    public static IReadOnlyCollection<string> Listed => Names;

    /// <summary>True for a runtime-added header: a listed name, any <c>sec-fetch-*</c> (Node's fetch) or an HTTP/2 pseudo-header.</summary>
    public static bool IsIgnored(string name) =>
        Names.Contains(name)
        || name.StartsWith("sec-fetch-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith(':');
}
