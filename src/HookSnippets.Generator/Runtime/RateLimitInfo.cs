// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>The <c>x-ratelimit-limit</c>, <c>x-ratelimit-remaining</c> and <c>x-ratelimit-reset</c> headers of a response.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public sealed class RateLimitInfo
{
    /// <summary>Rate-limit figures as a test describes them.</summary>
    public RateLimitInfo(long? limit, long? remaining, global::System.DateTimeOffset? reset)
    {
        Limit = limit;
        Remaining = remaining;
        Reset = reset;
    }

    /// <summary>The size of the bucket (<c>x-ratelimit-limit</c>).</summary>
    public long? Limit { get; }

    /// <summary>Requests left in the bucket (<c>x-ratelimit-remaining</c>).</summary>
    public long? Remaining { get; }

    /// <summary>When the bucket refills (<c>x-ratelimit-reset</c>, UNIX epoch seconds), in UTC.</summary>
    public global::System.DateTimeOffset? Reset { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        "RateLimitInfo { Limit = " + Format(Limit) + ", Remaining = " + Format(Remaining) + ", Reset = "
        + (Reset is { } reset ? reset.ToString("O", global::System.Globalization.CultureInfo.InvariantCulture) : "null") + " }";

    internal static global::HookSnippets.Generator.Runtime.RateLimitInfo? FromHeaders(global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers)
    {
        var limit = ReadLong(headers, "x-ratelimit-limit");
        var remaining = ReadLong(headers, "x-ratelimit-remaining");
        var reset = ReadLong(headers, "x-ratelimit-reset");
        if (limit is null && remaining is null && reset is null)
        {
            return null;
        }

        global::System.DateTimeOffset? resetAt = reset is { } seconds && seconds >= 0 && seconds <= 253402300799L
            ? global::System.DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
        return new global::HookSnippets.Generator.Runtime.RateLimitInfo(limit, remaining, resetAt);
    }

    private static long? ReadLong(global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count > 0
            && long.TryParse(values[0], global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string Format(long? value) => value is { } number ? number.ToString(global::System.Globalization.CultureInfo.InvariantCulture) : "null";
}
