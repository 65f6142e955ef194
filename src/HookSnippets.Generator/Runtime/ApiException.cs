// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// The API answered with an error status (after any retries). Carries the status, the API's error fields when the
/// body is its error JSON (<c>{statusCode, error, message, errorCode}</c>), the raw body, the response headers and
/// the rate-limit headers. Never contains the access token.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public sealed class ApiException : global::System.Exception
{
    internal ApiException(string operationId, global::System.Net.Http.HttpResponseMessage response, byte[] body, int attempts)
        : this(operationId, response.StatusCode, response.ReasonPhrase, global::HookSnippets.Generator.Runtime.HookSnippetsHttp.CollectHeaders(response), body, attempts)
    {
    }

    private ApiException(
        string operationId,
        global::System.Net.HttpStatusCode statusCode,
        string? reasonPhrase,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers,
        byte[] body,
        int attempts)
        : this(operationId, statusCode, reasonPhrase, headers, global::HookSnippets.Generator.Runtime.HookSnippetsJson.ReadError(body), global::HookSnippets.Generator.Runtime.HookSnippetsHttp.DecodeBody(body), attempts)
    {
    }

    private ApiException(
        string operationId,
        global::System.Net.HttpStatusCode statusCode,
        string? reasonPhrase,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers,
        (string? Error, string? Message, string? ErrorCode) error,
        string rawBody,
        int attempts)
        : base(BuildMessage(operationId, statusCode, reasonPhrase, error, rawBody, attempts))
    {
        OperationId = operationId;
        StatusCode = statusCode;
        Error = error.Error;
        ApiMessage = error.Message;
        ErrorCode = error.ErrorCode;
        RawBody = rawBody;
        Headers = headers;
        RateLimit = global::HookSnippets.Generator.Runtime.RateLimitInfo.FromHeaders(headers);
        Attempts = attempts;
    }

    /// <summary>The dotted id of the operation that failed (<c>hooks.get</c>).</summary>
    public string OperationId { get; }

    /// <summary>The HTTP status of the last response.</summary>
    public global::System.Net.HttpStatusCode StatusCode { get; }

    /// <summary>The <c>error</c> field of the API's error JSON (<c>Not Found</c>), or null when the body was not that JSON.</summary>
    public string? Error { get; }

    /// <summary>The <c>message</c> field of the API's error JSON, or null when the body was not that JSON.</summary>
    public string? ApiMessage { get; }

    /// <summary>The <c>errorCode</c> field of the API's error JSON (<c>HookDoesNotExist</c>), or null when absent.</summary>
    public string? ErrorCode { get; }

    /// <summary>The response body as text (UTF-8), whatever it contained.</summary>
    public string RawBody { get; }

    /// <summary>The response and content headers of the last response, names compared ignoring case.</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers { get; }

    /// <summary>The <c>x-ratelimit-*</c> headers of the last response, or null when it had none.</summary>
    public global::HookSnippets.Generator.Runtime.RateLimitInfo? RateLimit { get; }

    /// <summary>How many requests were sent: 1, or more when the call was retried.</summary>
    public int Attempts { get; }

    private static string BuildMessage(
        string operationId,
        global::System.Net.HttpStatusCode statusCode,
        string? reasonPhrase,
        (string? Error, string? Message, string? ErrorCode) error,
        string rawBody,
        int attempts)
    {
        var builder = new global::System.Text.StringBuilder();
        builder.Append(operationId).Append(" failed with ").Append(((int)statusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        var reason = error.Error ?? reasonPhrase;
        if (!string.IsNullOrEmpty(reason))
        {
            builder.Append(' ').Append(reason);
        }

        builder.Append(attempts == 1 ? " (1 attempt)" : " (" + attempts.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " attempts)");
        if (error.Message is not null)
        {
            builder.Append(": ").Append(error.Message);
        }
        else if (rawBody.Length > 0)
        {
            builder.Append(": ").Append(rawBody.Length > 500 ? rawBody.Substring(0, 500) + "..." : rawBody);
        }

        if (error.ErrorCode is not null)
        {
            builder.Append(" [").Append(error.ErrorCode).Append(']');
        }

        return builder.ToString();
    }
}
