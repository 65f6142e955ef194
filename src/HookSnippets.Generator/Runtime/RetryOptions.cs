// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// When calls are retried: 408, 429 and 5xx answers, waiting for <c>Retry-After</c>, else (429) until
/// <c>x-ratelimit-reset</c>, else an exponential backoff with jitter, never longer than <see cref="MaxDelay"/>.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public sealed class RetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retrying. Default 2.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first backoff delay, doubled at each retry. Default 1 second.</summary>
    public global::System.TimeSpan BaseDelay { get; set; } = global::System.TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts, whatever the server asks. Default 60 seconds.</summary>
    public global::System.TimeSpan MaxDelay { get; set; } = global::System.TimeSpan.FromSeconds(60);

    /// <summary>
    /// Random extra wait added to the backoff and to the <c>x-ratelimit-reset</c> wait, as a fraction of it (0.2 adds
    /// up to 20%), so that clients throttled together do not retry together. 0 makes waits exact.
    /// </summary>
    public double JitterRatio { get; set; } = 0.2;

    /// <summary>Also retry POST and PATCH calls on 5xx answers (the server may have acted on them). Default false.</summary>
    public bool RetryNonIdempotentOnServerError { get; set; }

    /// <inheritdoc/>
    public override string ToString() =>
        "RetryOptions { MaxRetries = " + MaxRetries.ToString(global::System.Globalization.CultureInfo.InvariantCulture)
        + ", BaseDelay = " + BaseDelay.ToString("c", global::System.Globalization.CultureInfo.InvariantCulture)
        + ", MaxDelay = " + MaxDelay.ToString("c", global::System.Globalization.CultureInfo.InvariantCulture)
        + ", JitterRatio = " + JitterRatio.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture)
        + ", RetryNonIdempotentOnServerError = " + (RetryNonIdempotentOnServerError ? "true" : "false") + " }";

    internal global::HookSnippets.Generator.Runtime.RetryOptions Copy() => new()
    {
        MaxRetries = MaxRetries,
        BaseDelay = BaseDelay,
        MaxDelay = MaxDelay,
        JitterRatio = JitterRatio,
        RetryNonIdempotentOnServerError = RetryNonIdempotentOnServerError,
    };
}
