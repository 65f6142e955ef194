namespace HookSnippets.Generator.Emitter;

/// <summary>
/// The runtime shared by every client of a project: the exception, retry options, JSON and HTTP helpers and the
/// request sender (authentication, retries, error mapping). Emitted once per project, into its default namespace.
/// </summary>
internal static class RuntimeEmitter
{
    /// <summary>
    /// No client file can take this name: client hint names start with a namespace or client name, which has no '-',
    /// and the only '-' in them is followed by an 8-digit hex hash or by "group" (see Pipeline/HintNames).
    /// </summary>
    public const string HintName = "HookSnippets-Runtime.g.cs";

    public static GeneratedSource Emit(string @namespace)
    {
        var text = Template
            .Replace("__Q__", CSharpNames.Qualifier(@namespace))
            .Replace("__GENERATED_CODE__", CSharpNames.GeneratedCodeAttribute);
        var writer = new SourceWriter();
        CSharpNames.WriteFileHeader(writer, @namespace);
        writer.Lines(text);
        return new GeneratedSource(HintName, writer.ToString());
    }

    private const string Template = """
/// <summary>
/// The API answered with an error status (after any retries). Carries the status, the API's error fields when the
/// body is its error JSON (<c>{statusCode, error, message, errorCode}</c>), the raw body, the response headers and
/// the rate-limit headers. Never contains the access token.
/// </summary>
__GENERATED_CODE__
public sealed class ApiException : global::System.Exception
{
    internal ApiException(string operationId, global::System.Net.Http.HttpResponseMessage response, byte[] body, int attempts)
        : this(operationId, response.StatusCode, response.ReasonPhrase, __Q__HookSnippetsHttp.CollectHeaders(response), body, attempts)
    {
    }

    private ApiException(
        string operationId,
        global::System.Net.HttpStatusCode statusCode,
        string? reasonPhrase,
        global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers,
        byte[] body,
        int attempts)
        : this(operationId, statusCode, reasonPhrase, headers, __Q__HookSnippetsJson.ReadError(body), __Q__HookSnippetsHttp.DecodeBody(body), attempts)
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
        RateLimit = __Q__RateLimitInfo.FromHeaders(headers);
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
    public __Q__RateLimitInfo? RateLimit { get; }

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

/// <summary>The <c>x-ratelimit-limit</c>, <c>x-ratelimit-remaining</c> and <c>x-ratelimit-reset</c> headers of a response.</summary>
__GENERATED_CODE__
public sealed class RateLimitInfo
{
    private RateLimitInfo(long? limit, long? remaining, global::System.DateTimeOffset? reset)
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

    internal static __Q__RateLimitInfo? FromHeaders(global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers)
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
        return new __Q__RateLimitInfo(limit, remaining, resetAt);
    }

    private static long? ReadLong(global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers, string name) =>
        headers.TryGetValue(name, out var values) && values.Count > 0
            && long.TryParse(values[0], global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string Format(long? value) => value is { } number ? number.ToString(global::System.Globalization.CultureInfo.InvariantCulture) : "null";
}

/// <summary>
/// When calls are retried: 408, 429 and 5xx answers, waiting for <c>Retry-After</c>, else (429) until
/// <c>x-ratelimit-reset</c>, else an exponential backoff with jitter, never longer than <see cref="MaxDelay"/>.
/// </summary>
__GENERATED_CODE__
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

    internal __Q__RetryOptions Copy() => new()
    {
        MaxRetries = MaxRetries,
        BaseDelay = BaseDelay,
        MaxDelay = MaxDelay,
        JitterRatio = JitterRatio,
        RetryNonIdempotentOnServerError = RetryNonIdempotentOnServerError,
    };
}

/// <summary>Reads one JSON value; the reader stands on its first token and is left on its last.</summary>
__GENERATED_CODE__
internal delegate T HookSnippetsJsonRead<T>(ref global::System.Text.Json.Utf8JsonReader reader);

/// <summary>
/// Request bodies are written by the emitted code on <see cref="global::System.Text.Json.Utf8JsonWriter"/>, compact,
/// members in declaration order. Integers are exact; a <c>double</c> is the shortest text that reads back as the same
/// value (NaN and infinities throw: JSON has none); an untyped value keeps its text. A string holding a lone surrogate
/// (not Unicode text) is sent with U+FFFD in its place.
/// </summary>
__GENERATED_CODE__
internal static class HookSnippetsJsonBody
{
    /// <summary>
    /// The default encoder escapes HTML-sensitive characters (<c>'</c>, <c>&lt;</c>, <c>&amp;</c>) and all non-ASCII
    /// text, which bloats bodies and hides their text in logs. A request body goes to a JSON API and is never embedded
    /// in HTML or a script, so the relaxed encoder's only risk does not apply; it still escapes <c>"</c>, <c>\</c>,
    /// control characters and characters outside the BMP. The API receives the same JSON value either way.
    /// </summary>
    private static readonly global::System.Text.Json.JsonWriterOptions Options = new()
    {
        Encoder = global::System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static global::System.Text.Json.Utf8JsonWriter CreateWriter(global::System.Buffers.ArrayBufferWriter<byte> buffer) => new(buffer, Options);

    /// <summary>Writes an untyped value as it was parsed (numbers keep their exact text, so big integers survive).</summary>
    internal static void WriteElement(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonElement element)
    {
        if (element.ValueKind == global::System.Text.Json.JsonValueKind.Undefined)
        {
            throw new global::System.ArgumentException("A default JsonElement holds no value to send.", nameof(element));
        }

        element.WriteTo(writer);
    }
}

/// <summary>JSON reading helpers for the generated code (no reflection).</summary>
__GENERATED_CODE__
internal static class HookSnippetsJson
{
    internal static T Parse<T>(byte[] body, __Q__HookSnippetsJsonRead<T> read)
    {
        var reader = new global::System.Text.Json.Utf8JsonReader(body);
        if (!reader.Read())
        {
            throw new global::System.Text.Json.JsonException("The response body holds no JSON value.");
        }

        var value = read(ref reader);
        if (reader.Read())
        {
            throw new global::System.Text.Json.JsonException("The response body holds more than one JSON value.");
        }

        return value;
    }

    internal static string ReadString(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString()! : throw Unexpected(ref reader, "a string");

    internal static int ReadInt32(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Number ? reader.GetInt32() : throw Unexpected(ref reader, "an integer");

    internal static long ReadInt64(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Number ? reader.GetInt64() : throw Unexpected(ref reader, "an integer");

    internal static double ReadDouble(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType == global::System.Text.Json.JsonTokenType.Number ? reader.GetDouble() : throw Unexpected(ref reader, "a number");

    internal static bool ReadBoolean(ref global::System.Text.Json.Utf8JsonReader reader) =>
        reader.TokenType is global::System.Text.Json.JsonTokenType.True or global::System.Text.Json.JsonTokenType.False
            ? reader.GetBoolean()
            : throw Unexpected(ref reader, "true or false");

    internal static global::System.Text.Json.JsonElement ReadElement(ref global::System.Text.Json.Utf8JsonReader reader) =>
        global::System.Text.Json.JsonElement.ParseValue(ref reader);

    internal static global::System.Collections.Generic.IReadOnlyList<T> ReadList<T>(ref global::System.Text.Json.Utf8JsonReader reader, __Q__HookSnippetsJsonRead<T> read)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
        {
            throw Unexpected(ref reader, "an array");
        }

        var items = new global::System.Collections.Generic.List<T>();
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
        {
            items.Add(read(ref reader));
        }

        return items.AsReadOnly();
    }

    internal static global::System.Collections.Generic.IReadOnlyDictionary<string, T> ReadMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, __Q__HookSnippetsJsonRead<T> read)
    {
        ExpectObject(ref reader, "an object");
        var entries = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            entries[name] = read(ref reader);
        }

        return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, T>(entries);
    }

    internal static void ExpectObject(ref global::System.Text.Json.Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
        {
            throw Unexpected(ref reader, what);
        }
    }

    internal static global::System.Text.Json.JsonException MissingMember(string type, string member) =>
        new("The JSON for " + type + " has no '" + member + "', which it requires.");

    internal static global::System.Text.Json.JsonException UnknownValue(string type, string value) =>
        new("'" + value + "' is not a known " + type + " value.");

    /// <summary>The fields of the API's error JSON, or nulls when the body is not a JSON object.</summary>
    internal static (string? Error, string? Message, string? ErrorCode) ReadError(byte[] body)
    {
        string? error = null;
        string? message = null;
        string? errorCode = null;
        try
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
            {
                return (null, null, null);
            }

            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                var text = reader.TokenType == global::System.Text.Json.JsonTokenType.String ? reader.GetString() : null;
                reader.Skip();
                switch (name)
                {
                    case "error":
                        error = text;
                        break;
                    case "message":
                        message = text;
                        break;
                    case "error_description" or "description":
                        message ??= text;
                        break;
                    case "errorCode" or "error_code":
                        errorCode = text;
                        break;
                }
            }
        }
        catch (global::System.Text.Json.JsonException)
        {
            return (null, null, null);
        }

        return (error, message, errorCode);
    }

    private static global::System.Text.Json.JsonException Unexpected(ref global::System.Text.Json.Utf8JsonReader reader, string expected) =>
        new("Expected " + expected + " in the response JSON but found " + reader.TokenType.ToString() + ".");
}

/// <summary>URL, header and argument helpers for the generated code.</summary>
__GENERATED_CODE__
internal static class HookSnippetsHttp
{
    private static readonly global::System.Text.UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>Percent-encodes every byte of the UTF-8 form except the RFC 3986 unreserved characters.</summary>
    internal static string Encode(string value)
    {
        var builder = new global::System.Text.StringBuilder(value.Length);
        foreach (var b in StrictUtf8.GetBytes(value))
        {
            if (b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9' or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", global::System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>A path segment value: not null, not empty, not <c>.</c> or <c>..</c> (they would change the path), encoded.</summary>
    internal static string PathSegment(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new global::System.ArgumentNullException(parameterName);
        }

        if (value.Length == 0)
        {
            throw new global::System.ArgumentException("The value must not be empty: it is a segment of the request path.", parameterName);
        }

        if (value is "." or "..")
        {
            throw new global::System.ArgumentException("The value must not be '.' or '..': it would change the request path.", parameterName);
        }

        return Encode(value);
    }

    internal static string Format(int value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string Format(long value) => value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string Format(double value) => value.ToString("R", global::System.Globalization.CultureInfo.InvariantCulture);

    internal static string Format(bool value) => value ? "true" : "false";

    internal static string Format(string value) => value;

    /// <summary>Appends <c>name=value</c> (value already encoded) with <c>?</c> before the first pair and <c>&amp;</c> before the others.</summary>
    internal static void AppendQuery(global::System.Text.StringBuilder url, ref bool hasQuery, string name, string encodedValue)
    {
        url.Append(hasQuery ? '&' : '?').Append(Encode(name)).Append('=').Append(encodedValue);
        hasQuery = true;
    }

    /// <summary>Checks a map or list against the schema's minProperties/maxProperties or minItems/maxItems.</summary>
    internal static void CheckCount(int count, int? min, int? max, string keyword, string unit, string units, string parameterName)
    {
        if (min is { } atLeast && count < atLeast)
        {
            throw new global::System.ArgumentException(CountMessage("at least", atLeast, "min" + keyword, count, unit, units), parameterName);
        }

        if (max is { } atMost && count > atMost)
        {
            throw new global::System.ArgumentException(CountMessage("at most", atMost, "max" + keyword, count, unit, units), parameterName);
        }
    }

    private static string CountMessage(string bound, int limit, string keyword, int count, string unit, string units)
    {
        var limitText = limit.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
        return "Must hold " + bound + " " + limitText + " " + (limit == 1 ? unit : units) + " (" + keyword + ": " + limitText + "); it holds "
            + count.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ".";
    }

    /// <summary>A header value sent as given; line breaks and other control characters would split or corrupt the header.</summary>
    internal static string HeaderValue(string value, string parameterName)
    {
        foreach (var c in value)
        {
            if (c < ' ' && c != '\t' || c == '\u007f')
            {
                throw new global::System.ArgumentException("The value must not contain control characters: it is sent as a header.", parameterName);
            }
        }

        return value;
    }

    /// <summary>A base URL variable's value: it becomes part of the host or path, so it must not hold URL delimiters.</summary>
    internal static string Variable(string? value, string optionName, string optionsName)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new global::System.ArgumentException("Set " + optionsName + "." + optionName + ", or BaseUrl to replace the whole base URL.", "options");
        }

        foreach (var c in value!)
        {
            if (c is '/' or '?' or '#' or '@' or '\\' || c <= ' ' || c == '\u007f')
            {
                throw new global::System.ArgumentException(optionsName + "." + optionName + " must not contain '/', '?', '#', '@', '\\', spaces or control characters.", "options");
            }
        }

        return value;
    }

    internal static string BaseUrl(global::System.Uri baseUrl, string optionsName)
    {
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != "https" && baseUrl.Scheme != "http"))
        {
            throw new global::System.ArgumentException(optionsName + ".BaseUrl must be an absolute http or https URL.", "options");
        }

        if (baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
        {
            throw new global::System.ArgumentException(optionsName + ".BaseUrl must not have a query or a fragment.", "options");
        }

        // Credentials in the URL would show in ToString and in exception texts; the token has its own option.
        if (baseUrl.UserInfo.Length > 0)
        {
            throw new global::System.ArgumentException(optionsName + ".BaseUrl must not hold user information.", "options");
        }

        return baseUrl.AbsoluteUri.TrimEnd('/');
    }

    internal static global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> CollectHeaders(global::System.Net.Http.HttpResponseMessage response)
    {
        var headers = new global::System.Collections.Generic.Dictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(global::System.StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value).AsReadOnly();
        }

        foreach (var header in response.Content.Headers)
        {
            headers[header.Key] = new global::System.Collections.Generic.List<string>(header.Value).AsReadOnly();
        }

        return new global::System.Collections.ObjectModel.ReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>>(headers);
    }

    internal static string DecodeBody(byte[] body) => global::System.Text.Encoding.UTF8.GetString(body);
}

/// <summary>
/// Sends one call: builds a fresh request for every attempt (token, headers, body), retries 408, 429 and 5xx as
/// <see cref="__Q__RetryOptions"/> says, waiting through the TimeProvider, and turns an error status into
/// <see cref="__Q__ApiException"/>.
/// </summary>
__GENERATED_CODE__
internal sealed class HookSnippetsRequestSender
{
    private static readonly global::System.Net.Http.Headers.MediaTypeHeaderValue Json = new("application/json");

    private readonly global::System.Net.Http.HttpClient _httpClient;
    private readonly string? _accessToken;
    private readonly global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? _accessTokenProvider;
    private readonly __Q__RetryOptions _retry;
    private readonly global::System.TimeProvider _timeProvider;

    internal HookSnippetsRequestSender(
        global::System.Net.Http.HttpClient httpClient,
        string baseUrl,
        string? accessToken,
        global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? accessTokenProvider,
        __Q__RetryOptions? retry,
        global::System.TimeProvider? timeProvider)
    {
        _httpClient = httpClient;
        BaseUrl = baseUrl;
        _accessToken = accessToken;
        _accessTokenProvider = accessTokenProvider;
        _retry = (retry ?? new __Q__RetryOptions()).Copy();
        if (_retry.MaxRetries < 0)
        {
            throw new global::System.ArgumentException("Retry.MaxRetries must not be negative.", "options");
        }

        _timeProvider = timeProvider ?? global::System.TimeProvider.System;
    }

    internal string BaseUrl { get; }

    internal async global::System.Threading.Tasks.Task<byte[]> SendAsync(
        string operationId,
        global::System.Net.Http.HttpMethod method,
        string url,
        byte[]? body,
        global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>>? headers,
        bool idempotent,
        global::System.Threading.CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            global::System.TimeSpan? delay;
            using (var request = new global::System.Net.Http.HttpRequestMessage(method, new global::System.Uri(url, global::System.UriKind.Absolute)))
            {
                var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
                if (token is not null)
                {
                    request.Headers.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
                }

                if (headers is not null)
                {
                    foreach (var header in headers)
                    {
                        request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                    }
                }

                if (body is not null)
                {
                    request.Content = new global::System.Net.Http.ByteArrayContent(body);
                    request.Content.Headers.ContentType = Json;
                }

                using var response = await _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                var responseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return responseBody;
                }

                delay = attempt <= _retry.MaxRetries ? RetryDelay(response, idempotent, attempt) : null;
                if (delay is null)
                {
                    throw new __Q__ApiException(operationId, response, responseBody, attempt);
                }
            }

            if (delay.Value > global::System.TimeSpan.Zero)
            {
                await global::System.Threading.Tasks.Task.Delay(delay.Value, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async global::System.Threading.Tasks.ValueTask<string?> GetTokenAsync(global::System.Threading.CancellationToken cancellationToken)
    {
        var token = _accessTokenProvider is null ? _accessToken : await _accessTokenProvider(cancellationToken).ConfigureAwait(false);
        if (token is null)
        {
            return null;
        }

        if (token.Length == 0)
        {
            throw new global::System.InvalidOperationException("The access token is empty.");
        }

        foreach (var c in token)
        {
            if (c <= ' ' || c == '\u007f')
            {
                throw new global::System.InvalidOperationException("The access token contains a space or a control character.");
            }
        }

        return token;
    }

    /// <summary>How long to wait before the next attempt, or null when this answer is not retried.</summary>
    private global::System.TimeSpan? RetryDelay(global::System.Net.Http.HttpResponseMessage response, bool idempotent, int attempt)
    {
        var status = (int)response.StatusCode;
        var throttled = status is 408 or 429;
        var serverError = status >= 500 && (idempotent || _retry.RetryNonIdempotentOnServerError);
        if (!throttled && !serverError)
        {
            return null;
        }

        var now = _timeProvider.GetUtcNow();
        global::System.TimeSpan delay;
        if (response.Headers.RetryAfter is { } retryAfter && (retryAfter.Delta ?? (retryAfter.Date - now)) is { } asked)
        {
            delay = asked;
        }
        else if (status == 429 && __Q__RateLimitInfo.FromHeaders(__Q__HookSnippetsHttp.CollectHeaders(response))?.Reset is { } reset)
        {
            delay = reset - now;
            delay += global::System.TimeSpan.FromTicks((long)(delay.Ticks * Jitter()));
        }
        else
        {
            var backoff = _retry.BaseDelay.Ticks * global::System.Math.Pow(2, attempt - 1);
            delay = global::System.TimeSpan.FromTicks((long)global::System.Math.Min(backoff * (1 + Jitter()), global::System.TimeSpan.MaxValue.Ticks / 2.0));
        }

        if (delay < global::System.TimeSpan.Zero)
        {
            return global::System.TimeSpan.Zero;
        }

        return delay > _retry.MaxDelay ? _retry.MaxDelay : delay;
    }

    private double Jitter() => _retry.JitterRatio <= 0 ? 0 : global::System.Random.Shared.NextDouble() * _retry.JitterRatio;
}
""";
}
