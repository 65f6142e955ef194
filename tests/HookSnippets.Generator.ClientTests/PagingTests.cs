using System.Net;
using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// ListAllAsync walks the pages of the recording server: it stops at the total, at an empty page, at a page shorter
/// than the limit the server reports (not the size asked for), at a missing next value or Link, and between pages when
/// cancelled.
/// </summary>
public sealed class PagingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private static RecordedResponse HookPage(int start, int limit, int total, params string[] ids) =>
        RecordedResponse.Json(200, $$"""{"start":{{start}},"limit":{{limit}},"total":{{total}},"hooks":[{{string.Join(",", ids.Select(id => $$"""{"id":"{{id}}"}"""))}}]}""");

    [Fact]
    public async Task AwaitForeachReadsThreePagesAndStopsAtTheTotal()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(HookPage(0, 2, 5, "a", "b"));
        harness.Server.Enqueue(HookPage(2, 2, 5, "c", "d"));
        harness.Server.Enqueue(HookPage(4, 2, 5, "e"));

        var ids = new List<string?>();
        await foreach (var hook in harness.Client.Hooks.ListAllAsync(perPage: 2, enabled: true))
        {
            ids.Add(hook.Id);
        }

        Assert.Equal(["a", "b", "c", "d", "e"], ids);
        Assert.Equal(
            ["/api/v2/hooks?page=0&per_page=2&include_totals=true&enabled=true", "/api/v2/hooks?page=1&per_page=2&include_totals=true&enabled=true", "/api/v2/hooks?page=2&per_page=2&include_totals=true&enabled=true"],
            harness.Server.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async Task PagesCarryTheirTotalAndTheAnswersMetadata()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(HookPage(0, 50, 1, "a") with { Headers = [new("Content-Type", "application/json"), new("x-ratelimit-remaining", "9")] });

        var pages = new List<Page<Hook>>();
        await foreach (var page in harness.Client.Hooks.ListAllAsync().AsPagesAsync())
        {
            pages.Add(page);
        }

        var only = Assert.Single(pages);
        Assert.Equal(1, only.Total);
        Assert.Equal(9, only.Response.RateLimit?.Remaining);
        Assert.Equal(HttpStatusCode.OK, only.Response.StatusCode);
    }

    [Fact]
    public async Task TheListingsRequestOptionsGoWithEveryPageAndItsCallbackSeesEachAnswer()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(HookPage(0, 1, 2, "a") with { Headers = [new("Content-Type", "application/json"), new("x-ratelimit-remaining", "8")] });
        harness.Server.Enqueue(HookPage(1, 1, 2, "b") with { Headers = [new("Content-Type", "application/json"), new("x-ratelimit-remaining", "7")] });
        var remaining = new List<long?>();
        var options = new RequestOptions { Headers = { ["X-Trace"] = "t" }, OnResponse = r => remaining.Add(r.RateLimit?.Remaining) };

        var pages = new List<Page<Hook>>();
        await foreach (var page in harness.Client.Hooks.ListAllAsync(perPage: 1, requestOptions: options).AsPagesAsync())
        {
            pages.Add(page);
        }

        Assert.Equal([8L, 7L], remaining);
        Assert.Equal([8L, 7L], pages.Select(p => p.Response.RateLimit?.Remaining));
        Assert.All(harness.Server.Requests, request => Assert.Equal(["t"], request.HeaderValues("X-Trace")));
    }

    [Fact]
    public async Task WithoutATotalAShortPageIsJudgedByTheLimitTheServerReports()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        // Asked for 100, the server caps pages at 2: a page of 2 is full, a page of 1 is the last.
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"limit":2,"items":[{"id":"a"},{"id":"b"}]}"""));
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"limit":2,"items":[{"id":"c"},{"id":"d"}]}"""));
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"limit":2,"items":[{"id":"e"}]}"""));

        var ids = new List<string?>();
        await foreach (var widget in harness.Client.Widgets.SearchAllAsync(perPage: 100))
        {
            ids.Add(widget.Id);
        }

        Assert.Equal(["a", "b", "c", "d", "e"], ids);
        Assert.Equal(3, harness.Server.Requests.Count);
    }

    [Fact]
    public async Task AnEmptyPageEndsAListingWithoutTotalOrLimit()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"items":[{"id":"a"}]}"""));
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"items":[]}"""));

        var count = 0;
        await foreach (var page in harness.Client.Widgets.SearchAllAsync().AsPagesAsync())
        {
            count += page.Items.Count;
        }

        Assert.Equal(1, count);
        Assert.Equal(["/v1/widgets/search?page=0", "/v1/widgets/search?page=1"], harness.Server.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async Task ACheckpointListingPassesNextBackAndEndsWhenItIsMissing()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"widgets":[{"id":"a"}],"next":"c/2"}"""));
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"widgets":[{"id":"b"}],"next":"c3"}"""));
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"widgets":[{"id":"c"}]}"""));

        var ids = new List<string?>();
        await foreach (var widget in harness.Client.Widgets.ListAllAsync(take: 1, color: "red"))
        {
            ids.Add(widget.Id);
        }

        Assert.Equal(["a", "b", "c"], ids);
        Assert.Equal(
            ["/v1/widgets?take=1&color=red", "/v1/widgets?from=c%2F2&take=1&color=red", "/v1/widgets?from=c3&take=1&color=red"],
            harness.Server.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async Task ALinkListingFollowsRelNextOnTheApiAndStopsWithoutOne()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        var next = new Uri(harness.Server.BaseAddress, "v1/widgets/feed?after=W2&limit=2").AbsoluteUri;
        harness.Server.Enqueue(RecordedResponse.Json(200, """[{"id":"W1"},{"id":"W2"}]""", ("Link", $"<{next}>; rel=\"next\", <https://workshop.example.com/v1/widgets/feed>; rel=\"first\"")));
        harness.Server.Enqueue(RecordedResponse.Json(200, """[{"id":"W3"}]"""));

        var ids = new List<string?>();
        await foreach (var widget in harness.Client.Widgets.FeedAllAsync(limit: 2))
        {
            ids.Add(widget.Id);
        }

        Assert.Equal(["W1", "W2", "W3"], ids);
        Assert.Equal(["/v1/widgets/feed?limit=2", "/v1/widgets/feed?after=W2&limit=2"], harness.Server.Requests.Select(r => r.RawTarget));
        Assert.All(harness.Server.Requests, r => Assert.Equal(["Bearer WORKSHOP_TOKEN"], r.HeaderValues("Authorization")));
    }

    [Fact]
    public async Task ALinkToAnotherHostIsNotFollowedSoTheTokenStaysHome()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """[{"id":"W1"}]""", ("Link", "<https://attacker.example/steal>; rel=\"next\"")));

        var seen = new List<string?>();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var widget in harness.Client.Widgets.FeedAllAsync())
            {
                seen.Add(widget.Id);
            }
        });

        Assert.Equal(["W1"], seen);
        Assert.Contains("leads away from", error.Message, StringComparison.Ordinal);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task CancellingBetweenPagesSendsNoFurtherRequest()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(HookPage(0, 1, 3, "a"));
        harness.Server.Enqueue(HookPage(1, 1, 3, "b"));
        using var cancellation = new CancellationTokenSource();

        var seen = new List<string?>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var hook in harness.Client.Hooks.ListAllAsync().WithCancellation(cancellation.Token))
            {
                seen.Add(hook.Id);
                cancellation.Cancel();
            }
        });

        Assert.Equal(["a"], seen);
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task NothingIsSentUntilEnumerationStartsAndEachEnumerationStartsAgain()
    {
        using var harness = new ClientHarness(fixture.Server);
        var pager = harness.Client.Hooks.ListAllAsync();
        Assert.Empty(harness.Server.Requests);
        harness.Server.Enqueue(HookPage(0, 50, 1, "a"));
        harness.Server.Enqueue(HookPage(0, 50, 1, "a"));

        Assert.Single(await pager.ToListAsync());
        Assert.Single(await pager.ToListAsync());

        Assert.All(harness.Server.Requests, r => Assert.StartsWith("/api/v2/hooks?page=0&", r.RawTarget, StringComparison.Ordinal));
    }
}
