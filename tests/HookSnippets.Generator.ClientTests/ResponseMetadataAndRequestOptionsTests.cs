using System.Net;
using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// ApiResponse.CaptureAsync and RequestOptions.OnResponse give a successful call's status, headers and rate limit;
/// RequestOptions adds headers, a time limit and a retry count to one call; HttpClient.BaseAddress is the base URL when
/// the options give none.
/// </summary>
public sealed class ResponseMetadataAndRequestOptionsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task CaptureGivesTheValueWithStatusHeadersAndRateLimitOfASuccess()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(201, """{"id":"H1"}""", ("x-ratelimit-limit", "10"), ("x-ratelimit-remaining", "7"), ("x-ratelimit-reset", "1800000000")));
        harness.Server.Enqueue(new RecordedResponse(204, [new("X-Request-Id", "r-2")], null));

        var created = await ApiResponse.CaptureAsync(o => harness.Client.Hooks.CreateAsync(new CreateHookRequest { Name = "n", Script = "s", TriggerId = HookTriggerId.SendPhoneMessage }, o));
        var deleted = await ApiResponse.CaptureAsync(o => harness.Client.Hooks.DeleteAsync("H1", o));

        Assert.Equal("H1", created.Value.Id);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal((10L, 7L), (created.RateLimit!.Limit, created.RateLimit.Remaining));
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1800000000), created.RateLimit.Reset);
        Assert.Equal(1, created.Attempts);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(["r-2"], deleted.Headers["x-request-id"]);
    }

    [Fact]
    public async Task CaptureKeepsTheCallersOptionsAndOwnCallback()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(429, "{}", ("Retry-After", "0")));
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}", ("x-ratelimit-remaining", "3")));
        var seen = new List<ApiResponse>();
        var options = new RequestOptions { Headers = { ["X-Correlation-Id"] = "c-1" }, MaxRetries = 1, OnResponse = seen.Add };

        var answer = await ApiResponse.CaptureAsync(o => harness.Client.Hooks.Secrets.GetAsync("H1", o), options);

        Assert.Equal(2, answer.Attempts);
        Assert.Equal(3, answer.RateLimit?.Remaining);
        Assert.Same(answer.Headers, Assert.Single(seen).Headers);
        Assert.All(harness.Server.Requests, request => Assert.Equal(["c-1"], request.HeaderValues("X-Correlation-Id")));
    }

    [Fact]
    public async Task OnResponseSeesEachSuccessOnceAndNoFailure()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"id":"H1"}""", ("x-ratelimit-remaining", "5")));
        harness.Server.Enqueue(RecordedResponse.Json(404, """{"statusCode":404}"""));
        var seen = new List<ApiResponse>();
        var options = new RequestOptions { OnResponse = seen.Add };

        var hook = await harness.Client.Hooks.GetAsync("H1", requestOptions: options);
        await Assert.ThrowsAsync<ApiException>(() => harness.Client.Hooks.GetAsync("H2", requestOptions: options));

        Assert.Equal("H1", hook.Id);
        var only = Assert.Single(seen);
        Assert.Equal(5, only.RateLimit?.Remaining);
    }

    [Fact]
    public async Task OnResponseSeesAnAnswerWhoseBodyDoesNotFitBeforeTheCallFails()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, "[1]"));
        ApiResponse? seen = null;

        var error = await Assert.ThrowsAsync<UnexpectedResponseException>(() => harness.Client.Hooks.GetAsync("H1", requestOptions: new RequestOptions { OnResponse = r => seen = r }));

        Assert.Equal(HttpStatusCode.OK, seen?.StatusCode);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
    }

    [Fact]
    public async Task CaptureOverACallThatDropsTheOptionsIsAClearError()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ApiResponse.CaptureAsync(_ => Task.FromResult(1)));

        Assert.StartsWith("The call did not pass the request options", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtraHeadersGoWithTheOneCallThatAsksForThem()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        await harness.Client.Hooks.Secrets.GetAsync("H1", new RequestOptions { Headers = { ["X-Correlation-Id"] = "c-1" } });
        await harness.Client.Hooks.Secrets.GetAsync("H1");

        Assert.Equal(["c-1"], harness.Server.Requests[0].HeaderValues("X-Correlation-Id"));
        Assert.Empty(harness.Server.Requests[1].HeaderValues("X-Correlation-Id"));
    }

    [Theory]
    [InlineData("Authorization", "Bearer other")]
    [InlineData("X-Ok", "line\nbreak")]
    [InlineData("bad name", "v")]
    public async Task AHeaderTheClientManagesOrCannotSendIsRefusedBeforeSending(string name, string value)
    {
        using var harness = new ClientHarness(fixture.Server);

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Hooks.Secrets.GetAsync("H1", new RequestOptions { Headers = { [name] = value } }));

        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task MaxRetriesOfOneCallOverridesTheClients()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(503, "{}"));

        var error = await Assert.ThrowsAsync<ApiException>(() => harness.Client.Hooks.GetAsync("H1", requestOptions: new RequestOptions { MaxRetries = 0 }));

        Assert.Equal(1, error.Attempts);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task TheTimeLimitCoversTheWholeCallIncludingTheWaitsBetweenRetries()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(429, "{}", ("Retry-After", "30")));

        var call = harness.Client.Hooks.GetAsync("H1", requestOptions: new RequestOptions { Timeout = TimeSpan.FromSeconds(10) });
        Assert.Equal(TimeSpan.FromSeconds(10), harness.Time.NextWait());
        Assert.Equal(TimeSpan.FromSeconds(30), harness.Time.NextWait());
        harness.Time.Advance(TimeSpan.FromSeconds(10));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => call);
        Assert.Equal("hooks.get did not complete within 00:00:10 (requestOptions.Timeout).", error.Message);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task HttpClientBaseAddressIsTheBaseUrlWhenTheOptionsGiveNone()
    {
        var server = fixture.Server;
        server.Clear();
        server.Enqueue(RecordedResponse.Json(200, "{}"));
        using var http = new HttpClient(server.CreateHandler()) { BaseAddress = new Uri(server.BaseAddress, "tenant/api/v2/") };
        var client = new Auth0ManagementClient(http, new Auth0ManagementClientOptions { AccessToken = "T" });

        await client.Hooks.Secrets.GetAsync("H1");

        Assert.Equal("/tenant/api/v2/hooks/H1/secrets", Assert.Single(server.Requests).RawTarget);
        Assert.Contains("/tenant/api/v2 }", client.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ABaseAddressWithAQueryIsAClearErrorNamingIt()
    {
        using var http = new HttpClient { BaseAddress = new Uri("https://example.com/api?x=1") };

        var error = Assert.Throws<ArgumentException>(() => new Auth0ManagementClient(http, new Auth0ManagementClientOptions()));

        Assert.Equal("httpClient", error.ParamName);
        Assert.StartsWith("HttpClient.BaseAddress must not have a query", error.Message, StringComparison.Ordinal);
    }
}
