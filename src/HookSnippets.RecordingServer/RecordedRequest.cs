namespace HookSnippets.RecordingServer;

/// <summary>One request as the recording server received it.</summary>
/// <param name="Method">The method as sent (for example <c>PATCH</c>).</param>
/// <param name="RawTarget">The request target byte for byte (path and query, percent-encoding untouched).</param>
/// <param name="Headers">
/// Every header line in the order sent, duplicates as separate entries. Over HTTP/1.x the names keep the
/// client's spelling; over HTTP/2 they come from Kestrel (lower-case names from the client, <c>Host</c> for
/// <c>:authority</c>). Compare names case-insensitively.
/// </param>
/// <param name="Body">The body after transfer decoding (chunks joined), empty when none was sent.</param>
/// <param name="Protocol">For example <c>HTTP/1.1</c> or <c>HTTP/2</c>.</param>
/// <param name="ReceivedAt">When the request arrived.</param>
public sealed record RecordedRequest(
    string Method,
    string RawTarget,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    string Protocol,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The values of every header with this name (case-insensitive), in the order sent.</summary>
    public IReadOnlyList<string> HeaderValues(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToArray();

    /// <summary>The path part of <see cref="RawTarget"/> (before <c>?</c>), still percent-encoded.</summary>
    public string RawPath => RawTarget.IndexOf('?') is var q and >= 0 ? RawTarget[..q] : RawTarget;

    /// <summary>The query part of <see cref="RawTarget"/> without <c>?</c>, or null when there is none.</summary>
    public string? RawQuery => RawTarget.IndexOf('?') is var q and >= 0 ? RawTarget[(q + 1)..] : null;
}
