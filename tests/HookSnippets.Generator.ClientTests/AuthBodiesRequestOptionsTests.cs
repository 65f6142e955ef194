using System.Net;
using System.Text;
using HookSnippets.Generator.ClientTests.Auth0;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// Issue 14's per-call options and response metadata on issue 12's credentials and body kinds: a call keeps its
/// operation's credentials (header, query, basic) and its body's Content-Type, and adds the per-call headers.
/// </summary>
public sealed class AuthBodiesRequestOptionsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task ATextBodyWithItsAnswerCapturedKeepsItsContentTypeAndTokenAndAddsTheCallsHeader()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        var answer = await ApiResponse.CaptureAsync(o => harness.Client.Notes.CreateAsync("line\né", o), new RequestOptions { Headers = { ["X-Correlation-Id"] = "c-1" } });

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(Encoding.UTF8.GetBytes("line\né"), harness.Request.Body);
        Assert.Equal(["text/plain"], harness.Request.HeaderValues("Content-Type"));
        Assert.Equal(["c-1"], harness.Request.HeaderValues("X-Correlation-Id"));
        Assert.Equal(["Authorization: Bearer " + AuthBodiesHarness.Token], AuthBodiesHarness.CredentialHeaders(harness.Request));
    }

    [Fact]
    public async Task AQueryKeyIsStillAppendedOnceWithPerCallOptions()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        await harness.Client.Auth.QueryKey.ListAsync(q: "a b", requestOptions: new RequestOptions { MaxRetries = 0, Timeout = TimeSpan.FromMinutes(1), Headers = { ["X-Trace"] = "t" } });

        Assert.Equal("/v1/query-key?q=a%20b&api_key=QUERY%2B%2F%3D%3A%40KEY", harness.Request.RawTarget);
        Assert.Equal(["t"], harness.Request.HeaderValues("X-Trace"));
    }

    [Fact]
    public async Task APerCallAuthorizationHeaderIsRefusedBeforeTheBasicCredentialIsSent()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Auth.Basic.GetAsync(new RequestOptions { Headers = { ["Authorization"] = "Basic eA==" } }));

        Assert.Equal("requestOptions", error.ParamName);
        Assert.Empty(harness.Server.Requests);
    }

    [Theory]
    [InlineData("X-API-Key")]
    [InlineData("x-api-key")]
    public async Task APerCallHeaderNamedLikeTheApiKeyHeaderIsRefusedNamingTheHeaderNotItsValue(string name)
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Auth.HeaderKey.GetAsync(new RequestOptions { Headers = { [name] = "OTHER_KEY_VALUE" } }));

        Assert.Equal("requestOptions", error.ParamName);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("OTHER_KEY_VALUE", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthBodiesHarness.HeaderKey, error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task APerCallCookieIsRefusedWhenTheCallSendsACookieKey()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Auth.CookieKey.GetAsync(new RequestOptions { Headers = { ["Cookie"] = "theme=dark" } }));

        Assert.Equal("requestOptions", error.ParamName);
        Assert.Contains("Cookie", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("theme=dark", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    /// <summary>Only the credentials a call sends are guarded: elsewhere the same names are ordinary headers, sent once.</summary>
    [Fact]
    public async Task TheSameNamesAreSentWhenTheCallSendsNoCredentialInThem()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);
        harness.Server.Enqueue(RecordingServer.RecordedResponse.Json(200, "{}"));

        await harness.Client.Auth.HeaderKey.GetAsync(new RequestOptions { Headers = { ["Cookie"] = "theme=dark" } });
        await harness.Client.Auth.Public.GetAsync(new RequestOptions { Headers = { ["X-API-Key"] = "PUBLIC_KEY" } });

        Assert.Equal(2, harness.Server.Requests.Count);
        Assert.Equal(["theme=dark"], harness.Server.Requests[0].HeaderValues("Cookie"));
        Assert.Equal([AuthBodiesHarness.HeaderKey], harness.Server.Requests[0].HeaderValues("X-API-Key"));
        Assert.Equal(["PUBLIC_KEY"], harness.Server.Requests[1].HeaderValues("X-API-Key"));
        Assert.Empty(harness.Server.Requests[1].HeaderValues("Cookie"));
    }
}
