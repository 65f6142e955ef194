// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// What a successful call answered besides its value: the status, the response and content headers (names compared
/// ignoring case), the <c>x-ratelimit-*</c> headers and how many attempts it took. Public constructor, so a test can
/// make one for a mocked client.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public class ApiResponse
{
    private static readonly byte[] NoBody = global::System.Array.Empty<byte>();

    /// <summary>A response as a test describes it.</summary>
    public ApiResponse(
        global::System.Net.HttpStatusCode statusCode,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>? headers = null,
        int attempts = 1)
        : this(statusCode, null, global::HookSnippets.Generator.Runtime.HookSnippetsHttp.IgnoringCase(headers), NoBody, attempts)
    {
    }

    /// <summary>The metadata of <paramref name="response"/> (a typed answer made from the untyped one).</summary>
    protected ApiResponse(global::HookSnippets.Generator.Runtime.ApiResponse response)
        : this((response ?? throw new global::System.ArgumentNullException(nameof(response))).StatusCode, response.ReasonPhrase, response.Headers, response.Body, response.Attempts)
    {
    }

    internal ApiResponse(global::System.Net.Http.HttpResponseMessage response, byte[] body, int attempts)
        : this(response.StatusCode, response.ReasonPhrase, global::HookSnippets.Generator.Runtime.HookSnippetsHttp.CollectHeaders(response), body, attempts)
    {
    }

    private ApiResponse(
        global::System.Net.HttpStatusCode statusCode,
        string? reasonPhrase,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers,
        byte[] body,
        int attempts)
    {
        StatusCode = statusCode;
        ReasonPhrase = reasonPhrase;
        Headers = headers;
        RateLimit = global::HookSnippets.Generator.Runtime.RateLimitInfo.FromHeaders(headers);
        Body = body;
        Attempts = attempts;
    }

    /// <summary>The HTTP status of the answer.</summary>
    public global::System.Net.HttpStatusCode StatusCode { get; }

    /// <summary>The reason phrase of the status line, when the server sent one (HTTP/1.1).</summary>
    public string? ReasonPhrase { get; }

    /// <summary>The response and content headers, names compared ignoring case.</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }

    /// <summary>The <c>x-ratelimit-*</c> headers, or null when the answer had none.</summary>
    public global::HookSnippets.Generator.Runtime.RateLimitInfo? RateLimit { get; }

    /// <summary>How many requests the call sent: 1, or more when it was retried.</summary>
    public int Attempts { get; }

    /// <summary>The body as received; the generated code reads its value from it.</summary>
    internal byte[] Body { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        "ApiResponse { StatusCode = " + ((int)StatusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture)
        + ", Attempts = " + Attempts.ToString(global::System.Globalization.CultureInfo.InvariantCulture)
        + ", RateLimit = " + (RateLimit?.ToString() ?? "null") + " }";

    internal global::HookSnippets.Generator.Runtime.ApiResponse<T> WithValue<T>(T value) => new(value, this);
}
