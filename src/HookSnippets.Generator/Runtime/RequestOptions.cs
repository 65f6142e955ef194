// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// Settings for one call, passed as the <c>requestOptions</c> argument every method takes: extra headers, a time limit,
/// how often to retry (overriding the client's <see cref="global::HookSnippets.Generator.Runtime.RetryOptions.MaxRetries"/>)
/// and a callback that sees the answer's status and headers.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public sealed class RequestOptions
{
    /// <summary>
    /// Headers sent with every attempt of this call, after the operation's own. The client manages
    /// <c>Authorization</c>, <c>Content-Type</c>, <c>Content-Length</c> and <c>Host</c>, and the header of each credential
    /// the call sends (an API key's header; <c>Cookie</c> when the key is a cookie): naming one, or a value holding a
    /// control character, throws <see cref="global::System.ArgumentException"/> naming the header (never its value)
    /// before anything is sent.
    /// </summary>
    public global::System.Collections.Generic.IDictionary<string, string> Headers { get; } =
        new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The longest the whole call may take, attempts and the waits between them included (measured on the client's
    /// TimeProvider); past it the call throws <see cref="global::System.TimeoutException"/>. Null: no limit of its own.
    /// </summary>
    public global::System.TimeSpan? Timeout { get; set; }

    /// <summary>Retries after the first attempt for this call; null uses the client's <c>Retry.MaxRetries</c>.</summary>
    public int? MaxRetries { get; set; }

    /// <summary>
    /// Called once when the API answers this call with a success status, before the value is read from the body: the
    /// status, headers, rate-limit headers and attempts of the answer (<see cref="global::HookSnippets.Generator.Runtime.ApiResponse.CaptureAsync{T}"/>
    /// gives them with the value). Each page of a paged listing calls it. Not called when the call fails: the
    /// <see cref="global::HookSnippets.Generator.Runtime.ApiException"/> carries the answer then.
    /// </summary>
    public global::System.Action<global::HookSnippets.Generator.Runtime.ApiResponse>? OnResponse { get; set; }

    /// <summary>Where a Link-paged listing continues: sent instead of the URL the arguments make.</summary>
    internal string? Url { get; private set; }

    /// <summary>
    /// A copy of <paramref name="options"/> for one call whose answer <paramref name="answered"/> sees as well (after
    /// the caller's own <see cref="OnResponse"/>), sent to <paramref name="url"/> when one is given.
    /// </summary>
    internal static global::HookSnippets.Generator.Runtime.RequestOptions Observed(
        global::HookSnippets.Generator.Runtime.RequestOptions? options,
        global::System.Action<global::HookSnippets.Generator.Runtime.ApiResponse> answered,
        string? url = null)
    {
        var own = options?.OnResponse;
        var copy = new global::HookSnippets.Generator.Runtime.RequestOptions
        {
            Timeout = options?.Timeout,
            MaxRetries = options?.MaxRetries,
            Url = url,
            OnResponse = own is null ? answered : response =>
            {
                own(response);
                answered(response);
            },
        };
        if (options is not null)
        {
            foreach (var header in options.Headers)
            {
                copy.Headers[header.Key] = header.Value;
            }
        }

        return copy;
    }
}
