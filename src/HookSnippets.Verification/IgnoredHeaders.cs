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

    /// <summary>True when a target's own list (target.json's browserOwnedHeaders) names the header, or a prefix of it ending in <c>*</c>.</summary>
    public static bool IsRuntimeOwned(string name, IReadOnlyList<string>? owned) =>
        owned is not null && owned.Any(o => o.EndsWith('*')
            ? name.StartsWith(o[..^1], StringComparison.OrdinalIgnoreCase)
            : string.Equals(name, o, StringComparison.OrdinalIgnoreCase));
}
