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

    /// <summary>
    /// Makes the call <paramref name="call"/> describes with request options that see its answer, and returns the value
    /// with the answer's status and headers:
    /// <c>var response = await ApiResponse.CaptureAsync(o =&gt; client.Hooks.GetAsync(id, requestOptions: o));</c>
    /// </summary>
    /// <param name="call">Calls one generated method, passing it the options it is given.</param>
    /// <param name="options">Headers, time limit and retries for the call; null for none.</param>
    /// <returns>The value with its answer's metadata.</returns>
    /// <exception cref="global::System.InvalidOperationException"><paramref name="call"/> did not pass the options to a generated method (nothing answered).</exception>
    public static async global::System.Threading.Tasks.Task<global::HookSnippets.Generator.Runtime.ApiResponse<T>> CaptureAsync<T>(
        global::System.Func<global::HookSnippets.Generator.Runtime.RequestOptions, global::System.Threading.Tasks.Task<T>> call,
        global::HookSnippets.Generator.Runtime.RequestOptions? options = null)
    {
        global::System.ArgumentNullException.ThrowIfNull(call);
        var (value, response) = await ObserveAsync(call, options, null).ConfigureAwait(false);
        return new(value, response);
    }

    /// <summary>
    /// Makes the call <paramref name="call"/> describes (an operation without a value) with request options that see
    /// its answer, and returns the answer's status and headers.
    /// </summary>
    /// <param name="call">Calls one generated method, passing it the options it is given.</param>
    /// <param name="options">Headers, time limit and retries for the call; null for none.</param>
    /// <returns>The answer's metadata.</returns>
    /// <exception cref="global::System.InvalidOperationException"><paramref name="call"/> did not pass the options to a generated method (nothing answered).</exception>
    public static async global::System.Threading.Tasks.Task<global::HookSnippets.Generator.Runtime.ApiResponse> CaptureAsync(
        global::System.Func<global::HookSnippets.Generator.Runtime.RequestOptions, global::System.Threading.Tasks.Task> call,
        global::HookSnippets.Generator.Runtime.RequestOptions? options = null)
    {
        global::System.ArgumentNullException.ThrowIfNull(call);
        var (_, response) = await ObserveAsync(
            async observed =>
            {
                await call(observed).ConfigureAwait(false);
                return true;
            },
            options,
            null).ConfigureAwait(false);
        return response;
    }

    /// <summary>
    /// Makes the call with a copy of <paramref name="options"/> that sees its answer (sent to <paramref name="url"/> when
    /// one is given): what <c>CaptureAsync</c> and each page of a listing use.
    /// </summary>
    internal static async global::System.Threading.Tasks.Task<(T Value, global::HookSnippets.Generator.Runtime.ApiResponse Response)> ObserveAsync<T>(
        global::System.Func<global::HookSnippets.Generator.Runtime.RequestOptions, global::System.Threading.Tasks.Task<T>> call,
        global::HookSnippets.Generator.Runtime.RequestOptions? options,
        string? url)
    {
        global::HookSnippets.Generator.Runtime.ApiResponse? answered = null;
        var value = await call(global::HookSnippets.Generator.Runtime.RequestOptions.Observed(options, response => answered = response, url)).ConfigureAwait(false);
        return (value, answered ?? throw new global::System.InvalidOperationException("The call did not pass the request options it was given to a generated method, so no answer was seen."));
    }
}
