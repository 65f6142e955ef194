// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// Sends one call: builds a fresh request for every attempt (credentials, headers, body), retries 408, 429 and 5xx as
/// <see cref="global::HookSnippets.Generator.Runtime.RetryOptions"/> says, waiting through the TimeProvider, and turns an error status into
/// <see cref="global::HookSnippets.Generator.Runtime.ApiException"/>.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal sealed class HookSnippetsRequestSender
{
    private readonly global::System.Net.Http.HttpClient _httpClient;
    private readonly global::HookSnippets.Generator.Runtime.HookSnippetsCredential[] _credentials;
    private readonly int[] _allCredentials;
    private readonly global::HookSnippets.Generator.Runtime.RetryOptions _retry;
    private readonly global::System.TimeProvider _timeProvider;

    /// <summary>A client whose one credential is a bearer token (or none: neither token nor provider).</summary>
    internal HookSnippetsRequestSender(
        global::System.Net.Http.HttpClient httpClient,
        string baseUrl,
        string? accessToken,
        global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? accessTokenProvider,
        global::HookSnippets.Generator.Runtime.RetryOptions? retry,
        global::System.TimeProvider? timeProvider)
        : this(httpClient, baseUrl, new[] { global::HookSnippets.Generator.Runtime.HookSnippetsCredential.Bearer(accessToken, accessTokenProvider) }, retry, timeProvider)
    {
    }

    /// <summary>A client with one credential per auth scheme of the description; operations name the ones they send by index.</summary>
    internal HookSnippetsRequestSender(
        global::System.Net.Http.HttpClient httpClient,
        string baseUrl,
        global::HookSnippets.Generator.Runtime.HookSnippetsCredential[] credentials,
        global::HookSnippets.Generator.Runtime.RetryOptions? retry,
        global::System.TimeProvider? timeProvider)
    {
        _httpClient = httpClient;
        BaseUrl = baseUrl;
        _credentials = credentials;
        _allCredentials = new int[credentials.Length];
        for (var i = 0; i < credentials.Length; i++)
        {
            _allCredentials[i] = i;
        }

        _retry = (retry ?? new global::HookSnippets.Generator.Runtime.RetryOptions()).Copy();
        if (_retry.MaxRetries < 0)
        {
            throw new global::System.ArgumentException("Retry.MaxRetries must not be negative.", "options");
        }

        _timeProvider = timeProvider ?? global::System.TimeProvider.System;
    }

    internal string BaseUrl { get; }

    /// <summary>Sends a JSON body (if any) with every credential of the client.</summary>
    internal global::System.Threading.Tasks.Task<global::HookSnippets.Generator.Runtime.ApiResponse> SendAsync(
        string operationId,
        global::System.Net.Http.HttpMethod method,
        string url,
        byte[]? body,
        global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>>? headers,
        bool idempotent,
        global::HookSnippets.Generator.Runtime.RequestOptions? options,
        global::System.Threading.CancellationToken cancellationToken) =>
        SendAsync(operationId, method, url, body, body is null ? null : "application/json", headers, _allCredentials, idempotent, options, cancellationToken);

    /// <summary>
    /// Sends the call and returns the success answer with its body: the body with its Content-Type header value,
    /// exactly as given, and the credentials at the indices <c>credentials</c>. <paramref name="options"/> adds
    /// headers, a time limit for the whole call and its own retry count, or (a Link-paged listing) the URL to send
    /// instead of <paramref name="url"/>.
    /// </summary>
    internal async global::System.Threading.Tasks.Task<global::HookSnippets.Generator.Runtime.ApiResponse> SendAsync(
        string operationId,
        global::System.Net.Http.HttpMethod method,
        string url,
        byte[]? body,
        string? contentType,
        global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>>? headers,
        int[] credentials,
        bool idempotent,
        global::HookSnippets.Generator.Runtime.RequestOptions? options,
        global::System.Threading.CancellationToken cancellationToken)
    {
        var extra = ExtraHeaders(options, credentials);
        var target = options?.Url is { } next ? SameApi(next) : url;
        var maxRetries = options?.MaxRetries ?? _retry.MaxRetries;
        if (maxRetries < 0)
        {
            throw new global::System.ArgumentException("MaxRetries must not be negative.", "requestOptions");
        }

        if (options?.Timeout is not { } timeout)
        {
            return Answered(options, await SendAttemptsAsync(operationId, method, target, body, contentType, headers, extra, credentials, idempotent, maxRetries, cancellationToken).ConfigureAwait(false));
        }

        if (timeout <= global::System.TimeSpan.Zero)
        {
            throw new global::System.ArgumentException("Timeout must be positive.", "requestOptions");
        }

        using var deadline = new global::System.Threading.CancellationTokenSource(timeout, _timeProvider);
        using var linked = global::System.Threading.CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return Answered(options, await SendAttemptsAsync(operationId, method, target, body, contentType, headers, extra, credentials, idempotent, maxRetries, linked.Token).ConfigureAwait(false));
        }
        catch (global::System.OperationCanceledException exception) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new global::System.TimeoutException(operationId + " did not complete within " + timeout.ToString("c", global::System.Globalization.CultureInfo.InvariantCulture) + " (requestOptions.Timeout).", exception);
        }
    }

    private static global::HookSnippets.Generator.Runtime.ApiResponse Answered(global::HookSnippets.Generator.Runtime.RequestOptions? options, global::HookSnippets.Generator.Runtime.ApiResponse answer)
    {
        options?.OnResponse?.Invoke(answer);
        return answer;
    }

    private async global::System.Threading.Tasks.Task<global::HookSnippets.Generator.Runtime.ApiResponse> SendAttemptsAsync(
        string operationId,
        global::System.Net.Http.HttpMethod method,
        string url,
        byte[]? body,
        string? contentType,
        global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>>? headers,
        global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, string>>? extra,
        int[] credentials,
        bool idempotent,
        int maxRetries,
        global::System.Threading.CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            global::System.TimeSpan? delay;
            var target = url;
            foreach (var index in credentials)
            {
                target = _credentials[index].AddToUrl(target);
            }

            using (var request = new global::System.Net.Http.HttpRequestMessage(method, new global::System.Uri(target, global::System.UriKind.Absolute)))
            {
                var cookies = new global::System.Collections.Generic.List<string>();
                foreach (var index in credentials)
                {
                    await _credentials[index].AddToRequestAsync(request, cookies, cancellationToken).ConfigureAwait(false);
                }

                if (cookies.Count > 0)
                {
                    request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", cookies));
                }

                foreach (var list in new[] { headers, extra })
                {
                    if (list is not null)
                    {
                        foreach (var header in list)
                        {
                            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
                        }
                    }
                }

                if (body is not null)
                {
                    request.Content = new global::System.Net.Http.ByteArrayContent(body);
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                }

                using var response = await _httpClient.SendAsync(request, global::System.Net.Http.HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                var responseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var answer = new global::HookSnippets.Generator.Runtime.ApiResponse(response, responseBody, attempt);
                if (response.IsSuccessStatusCode)
                {
                    return answer;
                }

                delay = attempt <= maxRetries ? RetryDelay(response, answer, idempotent, attempt) : null;
                if (delay is null)
                {
                    throw new global::HookSnippets.Generator.Runtime.ApiException(operationId, answer);
                }
            }

            if (delay.Value > global::System.TimeSpan.Zero)
            {
                await global::System.Threading.Tasks.Task.Delay(delay.Value, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The per-call headers, checked before anything is sent: none may be a header the client manages or one a
    /// credential of this call fills (an API key's header, Cookie for a cookie key), which it would replace or
    /// duplicate. Messages name the header, never its value.
    /// </summary>
    private global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>? ExtraHeaders(global::HookSnippets.Generator.Runtime.RequestOptions? options, int[] credentials)
    {
        if (options is null || options.Headers.Count == 0)
        {
            return null;
        }

        var extra = new global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, string>>();
        foreach (var header in options.Headers)
        {
            if (header.Key is null || !IsToken(header.Key))
            {
                throw new global::System.ArgumentException("'" + header.Key + "' is not a header name.", "requestOptions");
            }

            if (global::System.Array.IndexOf(ManagedHeaders, header.Key.ToLowerInvariant()) >= 0)
            {
                throw new global::System.ArgumentException("The client sets the " + header.Key + " header itself; it cannot be given per call.", "requestOptions");
            }

            foreach (var index in credentials)
            {
                if (string.Equals(_credentials[index].HeaderName, header.Key, global::System.StringComparison.OrdinalIgnoreCase))
                {
                    throw new global::System.ArgumentException("The " + header.Key + " header carries a credential of this call; it cannot be given per call.", "requestOptions");
                }
            }

            extra.Add(new(header.Key, global::HookSnippets.Generator.Runtime.HookSnippetsHttp.HeaderValue(header.Value ?? string.Empty, "requestOptions")));
        }

        return extra;
    }

    private static readonly string[] ManagedHeaders = { "authorization", "content-type", "content-length", "host", "transfer-encoding" };

    private static bool IsToken(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }

        foreach (var c in name)
        {
            if (c <= ' ' || c >= '\u007f' || "\"(),/:;<=>?@[\\]{}".IndexOf(c) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A next-page URL from a Link header, resolved against the base URL. It must stay on the API (same scheme, host,
    /// port and base path): the credentials go with it, and a server must not be able to send them elsewhere.
    /// </summary>
    private string SameApi(string link)
    {
        var baseUri = new global::System.Uri(BaseUrl + "/", global::System.UriKind.Absolute);
        if (!global::System.Uri.TryCreate(baseUri, link, out var next)
            || next.Scheme != baseUri.Scheme
            || !string.Equals(next.Host, baseUri.Host, global::System.StringComparison.OrdinalIgnoreCase)
            || next.Port != baseUri.Port
            || next.UserInfo.Length > 0
            || !next.AbsolutePath.StartsWith(baseUri.AbsolutePath, global::System.StringComparison.Ordinal))
        {
            throw new global::System.InvalidOperationException("The next page's Link leads away from " + BaseUrl + "; it is not followed, so no credential is sent there.");
        }

        return next.AbsoluteUri;
    }

    /// <summary>How long to wait before the next attempt, or null when this answer is not retried.</summary>
    private global::System.TimeSpan? RetryDelay(global::System.Net.Http.HttpResponseMessage response, global::HookSnippets.Generator.Runtime.ApiResponse answer, bool idempotent, int attempt)
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
        else if (status == 429 && answer.RateLimit?.Reset is { } reset)
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
