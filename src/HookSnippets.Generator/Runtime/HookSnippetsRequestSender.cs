// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// Sends one call: builds a fresh request for every attempt (token, headers, body), retries 408, 429 and 5xx as
/// <see cref="global::HookSnippets.Generator.Runtime.RetryOptions"/> says, waiting through the TimeProvider, and turns an error status into
/// <see cref="global::HookSnippets.Generator.Runtime.ApiException"/>.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal sealed class HookSnippetsRequestSender
{
    private static readonly global::System.Net.Http.Headers.MediaTypeHeaderValue Json = new("application/json");

    private readonly global::System.Net.Http.HttpClient _httpClient;
    private readonly string? _accessToken;
    private readonly global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? _accessTokenProvider;
    private readonly global::HookSnippets.Generator.Runtime.RetryOptions _retry;
    private readonly global::System.TimeProvider _timeProvider;

    internal HookSnippetsRequestSender(
        global::System.Net.Http.HttpClient httpClient,
        string baseUrl,
        string? accessToken,
        global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? accessTokenProvider,
        global::HookSnippets.Generator.Runtime.RetryOptions? retry,
        global::System.TimeProvider? timeProvider)
    {
        _httpClient = httpClient;
        BaseUrl = baseUrl;
        _accessToken = accessToken;
        _accessTokenProvider = accessTokenProvider;
        _retry = (retry ?? new global::HookSnippets.Generator.Runtime.RetryOptions()).Copy();
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
                    throw new global::HookSnippets.Generator.Runtime.ApiException(operationId, response, responseBody, attempt);
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
        else if (status == 429 && global::HookSnippets.Generator.Runtime.RateLimitInfo.FromHeaders(global::HookSnippets.Generator.Runtime.HookSnippetsHttp.CollectHeaders(response))?.Reset is { } reset)
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
