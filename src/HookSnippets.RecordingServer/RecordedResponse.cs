namespace HookSnippets.RecordingServer;

/// <summary>An answer the recording server sends.</summary>
/// <param name="Status">The status code.</param>
/// <param name="Headers">Response headers in order (Content-Length is computed by the server).</param>
/// <param name="Body">The body, sent as UTF-8; null sends none.</param>
public sealed record RecordedResponse(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string? Body)
{
    /// <summary>The default answer: 200 with <c>{}</c> as application/json.</summary>
    public static RecordedResponse EmptyJsonObject { get; } = Json(200, "{}");

    /// <summary>An answer with a JSON body and extra headers given as name/value pairs.</summary>
    public static RecordedResponse Json(int status, string json, params (string Name, string Value)[] headers) =>
        new(status,
            [new("Content-Type", "application/json"), .. headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))],
            json);
}
