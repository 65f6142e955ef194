// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// The API answered with an error status (after any retries), or with a success whose body the client could not read
/// (<see cref="global::HookSnippets.Generator.Runtime.UnexpectedResponseException"/>). Carries the status, the API's error
/// fields when the body is its error JSON (<c>{statusCode, error, message, errorCode}</c>), the raw body, the response
/// headers and the rate-limit headers. Never contains the access token. Public constructor, so a test can throw one
/// from a mocked client.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public class ApiException : global::System.Exception
{
    /// <summary>An error answer as a test describes it; <paramref name="rawBody"/> is read for the API's error fields.</summary>
    public ApiException(
        string operationId,
        global::System.Net.HttpStatusCode statusCode,
        string rawBody = "",
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>? headers = null,
        int attempts = 1)
        : this(operationId, new global::HookSnippets.Generator.Runtime.ApiResponse(statusCode, headers, attempts), rawBody ?? string.Empty, null, null)
    {
    }

    internal ApiException(string operationId, global::HookSnippets.Generator.Runtime.ApiResponse response)
        : this(operationId, response, global::HookSnippets.Generator.Runtime.HookSnippetsHttp.DecodeBody(response.Body), null, null)
    {
    }

    /// <summary>For subclasses: <paramref name="detail"/> replaces the error fields in the message.</summary>
    protected ApiException(
        string operationId,
        global::HookSnippets.Generator.Runtime.ApiResponse response,
        string rawBody,
        string? detail,
        global::System.Exception? innerException)
        : this(operationId, response, rawBody, global::HookSnippets.Generator.Runtime.HookSnippetsJson.ReadError(global::System.Text.Encoding.UTF8.GetBytes(rawBody)), detail, innerException)
    {
    }

    private ApiException(
        string operationId,
        global::HookSnippets.Generator.Runtime.ApiResponse response,
        string rawBody,
        (string? Error, string? Message, string? ErrorCode) error,
        string? detail,
        global::System.Exception? innerException)
        : base(BuildMessage(operationId, response, error, rawBody, detail), innerException)
    {
        OperationId = operationId;
        Response = response;
        Error = error.Error;
        ApiMessage = error.Message;
        ErrorCode = error.ErrorCode;
        RawBody = rawBody;
    }

    /// <summary>The dotted id of the operation that failed (<c>hooks.get</c>).</summary>
    public string OperationId { get; }

    /// <summary>Status, headers, rate limit and attempts of the last answer.</summary>
    public global::HookSnippets.Generator.Runtime.ApiResponse Response { get; }

    /// <summary>The HTTP status of the last response.</summary>
    public global::System.Net.HttpStatusCode StatusCode => Response.StatusCode;

    /// <summary>The <c>error</c> field of the API's error JSON (<c>Not Found</c>), or null when the body was not that JSON.</summary>
    public string? Error { get; }

    /// <summary>The <c>message</c> field of the API's error JSON, or null when the body was not that JSON.</summary>
    public string? ApiMessage { get; }

    /// <summary>The <c>errorCode</c> field of the API's error JSON (<c>HookDoesNotExist</c>), or null when absent.</summary>
    public string? ErrorCode { get; }

    /// <summary>The response body as text (UTF-8), whatever it contained.</summary>
    public string RawBody { get; }

    /// <summary>The response and content headers of the last response, names compared ignoring case.</summary>
    public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> Headers => Response.Headers;

    /// <summary>The <c>x-ratelimit-*</c> headers of the last response, or null when it had none.</summary>
    public global::HookSnippets.Generator.Runtime.RateLimitInfo? RateLimit => Response.RateLimit;

    /// <summary>How many requests were sent: 1, or more when the call was retried.</summary>
    public int Attempts => Response.Attempts;

    private static string BuildMessage(
        string operationId,
        global::HookSnippets.Generator.Runtime.ApiResponse response,
        (string? Error, string? Message, string? ErrorCode) error,
        string rawBody,
        string? detail)
    {
        var builder = new global::System.Text.StringBuilder();
        builder.Append(operationId).Append(detail is null ? " failed with " : " answered ")
            .Append(((int)response.StatusCode).ToString(global::System.Globalization.CultureInfo.InvariantCulture));
        var reason = detail is null ? error.Error ?? response.ReasonPhrase : response.ReasonPhrase;
        if (!string.IsNullOrEmpty(reason))
        {
            builder.Append(' ').Append(reason);
        }

        var attempts = response.Attempts;
        builder.Append(attempts == 1 ? " (1 attempt)" : " (" + attempts.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " attempts)");
        if (detail is not null)
        {
            return builder.Append(": ").Append(detail).ToString();
        }

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
