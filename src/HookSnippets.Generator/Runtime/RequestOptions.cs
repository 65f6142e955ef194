// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// Settings for one call, passed as the <c>requestOptions</c> argument every method takes: extra headers, a time limit
/// and how often to retry, overriding the client's <see cref="global::HookSnippets.Generator.Runtime.RetryOptions.MaxRetries"/>.
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

    /// <summary>Where a Link-paged listing continues: sent instead of the URL the arguments make.</summary>
    internal string? Url { get; private set; }

    /// <summary>These settings for the next page of a Link-paged listing.</summary>
    internal static global::HookSnippets.Generator.Runtime.RequestOptions ForUrl(global::HookSnippets.Generator.Runtime.RequestOptions? options, string url)
    {
        var next = new global::HookSnippets.Generator.Runtime.RequestOptions { Timeout = options?.Timeout, MaxRetries = options?.MaxRetries, Url = url };
        if (options is not null)
        {
            foreach (var header in options.Headers)
            {
                next.Headers[header.Key] = header.Value;
            }
        }

        return next;
    }
}
