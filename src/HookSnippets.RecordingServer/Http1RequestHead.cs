namespace HookSnippets.RecordingServer;

/// <summary>The request line and header lines of one HTTP/1.x request, as they were on the wire.</summary>
internal sealed record Http1RequestHead(string Method, string RawTarget, IReadOnlyList<KeyValuePair<string, string>> Headers);
