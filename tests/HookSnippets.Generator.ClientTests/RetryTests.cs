using System.Globalization;
using System.Net;
using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// 408, 429 and 5xx are retried after the wait the server asks for (Retry-After, then x-ratelimit-reset), else an
/// exponential backoff; waits go through the fake clock, so these tests never sleep.
/// </summary>
public sealed class RetryTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static readonly RecordedResponse Throttled = RecordedResponse.Json(429, """{"statusCode":429,"error":"Too Many Requests","message":"Global limit has been reached","errorCode":"too_many_requests"}""");

    [Fact]
    public async Task RetryAfterSecondsIsWaitedExactlyThenTheCallSucceeds()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(Throttled with { Headers = [.. Throttled.Headers, new("Retry-After", "2")] });
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"id":"HOOK_ID"}"""));

        var call = harness.Client.Hooks.GetAsync("HOOK_ID");

        Assert.Equal(TimeSpan.FromSeconds(2), harness.Time.NextWait());
        harness.Time.Advance(TimeSpan.FromMilliseconds(1999));
        await Task.Delay(50);
        Assert.Single(harness.Server.Requests);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("HOOK_ID", (await call).Id);
        Assert.Equal(2, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task RetryAfterHttpDateIsWaitedUntil()
    {
        using var harness = new ClientHarness(fixture.Server);
        var date = harness.Time.GetUtcNow().AddSeconds(3).ToString("R", CultureInfo.InvariantCulture);
        harness.Server.Enqueue(Throttled with { Headers = [.. Throttled.Headers, new("Retry-After", date)] });
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        var call = harness.Client.Hooks.Secrets.GetAsync("HOOK_ID");

        Assert.Equal(TimeSpan.FromSeconds(3), harness.Time.NextWait());
        harness.Time.Advance(TimeSpan.FromSeconds(3));
        Assert.Empty(await call);
    }

    [Fact]
    public async Task RateLimitResetIsWaitedUntilWhenThereIsNoRetryAfter()
    {
        using var harness = new ClientHarness(fixture.Server);
        var reset = harness.Time.GetUtcNow().AddSeconds(5).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        harness.Server.Enqueue(Throttled with { Headers = [.. Throttled.Headers, new("x-ratelimit-limit", "2"), new("x-ratelimit-remaining", "0"), new("x-ratelimit-reset", reset)] });
        harness.Server.Enqueue(RecordedResponse.Json(200, "[]"));

        var call = harness.Client.Hooks.ListAsync();

        Assert.Equal(TimeSpan.FromSeconds(5), harness.Time.NextWait());
        harness.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Empty((await call).Hooks);
    }

    [Fact]
    public async Task ServerErrorsBackOffExponentially()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(503, "{}"));
        harness.Server.Enqueue(RecordedResponse.Json(502, "{}"));
        harness.Server.Enqueue(new RecordedResponse(204, [], null));

        var call = harness.Client.Hooks.DeleteAsync("HOOK_ID");

        Assert.Equal(TimeSpan.FromSeconds(1), harness.Time.NextWait());
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(2), harness.Time.NextWait());
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await call;
        Assert.Equal(3, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task ExhaustedRetriesThrowOneApiExceptionWithTheAttempts()
    {
        using var harness = new ClientHarness(fixture.Server);
        for (var i = 0; i < 3; i++)
        {
            harness.Server.Enqueue(Throttled with { Headers = [.. Throttled.Headers, new("Retry-After", "1")] });
        }

        var call = harness.Client.Hooks.GetAsync("HOOK_ID");
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(TimeSpan.FromSeconds(1), harness.Time.NextWait());
            harness.Time.Advance(TimeSpan.FromSeconds(1));
        }

        var exception = await Assert.ThrowsAsync<ApiException>(() => call);
        Assert.Equal(3, exception.Attempts);
        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Equal("too_many_requests", exception.ErrorCode);
        Assert.Contains("(3 attempts)", exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task PostIsNotRetriedOnServerErrorsByDefault()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(500, "{}"));

        var exception = await Assert.ThrowsAsync<ApiException>(() => harness.Client.Hooks.Secrets.CreateAsync("HOOK_ID", new Dictionary<string, string> { ["A"] = "B" }));

        Assert.Equal(1, exception.Attempts);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task PostIsRetriedOnServerErrorsWhenConfiguredAndAlwaysOn429WithTheSameBody()
    {
        using var harness = new ClientHarness(fixture.Server, options => options.Retry.RetryNonIdempotentOnServerError = true);
        harness.Server.Enqueue(RecordedResponse.Json(500, "{}"));
        harness.Server.Enqueue(Throttled);
        harness.Server.Enqueue(RecordedResponse.Json(201, "{}"));

        var call = harness.Client.Hooks.Secrets.CreateAsync("HOOK_ID", new Dictionary<string, string> { ["A"] = "B" });
        Assert.Equal(TimeSpan.FromSeconds(1), harness.Time.NextWait());
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.FromSeconds(2), harness.Time.NextWait());
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        await call;

        var requests = harness.Server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("{\"A\":\"B\"}"u8.ToArray(), r.Body));
    }

    [Fact]
    public async Task LongWaitsAreCappedAtMaxDelay()
    {
        using var harness = new ClientHarness(fixture.Server, options => options.Retry.MaxDelay = TimeSpan.FromSeconds(10));
        harness.Server.Enqueue(Throttled with { Headers = [.. Throttled.Headers, new("Retry-After", "3600")] });
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        var call = harness.Client.Hooks.GetAsync("HOOK_ID");

        Assert.Equal(TimeSpan.FromSeconds(10), harness.Time.NextWait());
        harness.Time.Advance(TimeSpan.FromSeconds(10));
        await call;
    }

    [Fact]
    public async Task CancellationIsHonouredWhileWaiting()
    {
        using var harness = new ClientHarness(fixture.Server);
        using var cancellation = new CancellationTokenSource();
        harness.Server.Enqueue(Throttled with { Headers = [.. Throttled.Headers, new("Retry-After", "30")] });

        var call = harness.Client.Hooks.GetAsync("HOOK_ID", cancellationToken: cancellation.Token);
        harness.Time.NextWait();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task EveryAttemptAsksTheTokenProviderAgain()
    {
        var issued = 0;
        using var harness = new ClientHarness(fixture.Server, options =>
        {
            options.AccessToken = null;
            options.AccessTokenProvider = _ => ValueTask.FromResult("token-" + Interlocked.Increment(ref issued));
        });
        harness.Server.Enqueue(Throttled);
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        var call = harness.Client.Hooks.GetAsync("HOOK_ID");
        harness.Time.NextWait();
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await call;

        Assert.Equal([["Bearer token-1"], ["Bearer token-2"]], harness.Server.Requests.Select(r => r.HeaderValues("Authorization")));
    }

    [Fact]
    public async Task ZeroRetriesMeansOneAttempt()
    {
        using var harness = new ClientHarness(fixture.Server, options => options.Retry.MaxRetries = 0);
        harness.Server.Enqueue(Throttled);

        var exception = await Assert.ThrowsAsync<ApiException>(() => harness.Client.Hooks.GetAsync("HOOK_ID"));

        Assert.Equal(1, exception.Attempts);
    }
}
