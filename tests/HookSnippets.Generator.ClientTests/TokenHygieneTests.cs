using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>The access token is sent as a bearer header and never appears in messages or ToString.</summary>
public sealed class TokenHygieneTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task TokenNeverAppearsInExceptionsOrDescriptions()
    {
        using var harness = new ClientHarness(fixture.Server, options => options.Retry.MaxRetries = 1);
        harness.Server.Enqueue(RecordedResponse.Json(401, """{"statusCode":401,"error":"Unauthorized","message":"Invalid token"}"""));
        harness.Server.Enqueue(RecordedResponse.Json(500, "oops"));
        harness.Server.Enqueue(RecordedResponse.Json(500, "oops"));

        var unauthorized = await Assert.ThrowsAsync<ApiException>(() => harness.Client.Hooks.GetAsync("HOOK_ID"));
        var call = harness.Client.Hooks.DeleteAsync("HOOK_ID");
        harness.Time.NextWait();
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        var serverError = await Assert.ThrowsAsync<ApiException>(() => call);

        var texts = new[]
        {
            unauthorized.ToString(), unauthorized.Message, unauthorized.RawBody, string.Join(",", unauthorized.Headers.SelectMany(h => h.Value)),
            serverError.ToString(), harness.Options.ToString(), harness.Client.ToString(), harness.Options.Retry.ToString(),
        };
        Assert.All(texts, text => Assert.DoesNotContain(ClientHarness.Token, text, StringComparison.Ordinal));
        Assert.Contains("AccessToken = (hidden)", harness.Options.ToString(), StringComparison.Ordinal);
        Assert.Equal(["Bearer " + ClientHarness.Token], harness.Server.Requests[0].HeaderValues("Authorization"));
    }

    [Fact]
    public async Task TokenWithALineBreakIsRefusedWithoutQuotingIt()
    {
        using var harness = new ClientHarness(fixture.Server, options => options.AccessToken = "abc\r\nX-Injected: 1");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.Hooks.GetAsync("HOOK_ID"));

        Assert.DoesNotContain("abc", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task WithoutTokenNoAuthorizationHeaderIsSent()
    {
        using var harness = new ClientHarness(fixture.Server, options => options.AccessToken = null);
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        await harness.Client.Hooks.Secrets.GetAsync("HOOK_ID");

        Assert.Empty(Assert.Single(harness.Server.Requests).HeaderValues("Authorization"));
    }

    [Fact]
    public async Task PasswordsAndApiKeysNeverAppearInExceptionsOrDescriptions()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);
        harness.Server.Clear();
        harness.Server.Enqueue(RecordedResponse.Json(401, """{"message":"Invalid credentials"}"""));
        harness.Server.Enqueue(RecordedResponse.Json(403, """{"message":"Forbidden"}"""));

        var basic = await Assert.ThrowsAsync<global::HookSnippets.Generator.ClientTests.Auth0.ApiException>(() => harness.Client.Auth.Basic.GetAsync());
        var cookie = await Assert.ThrowsAsync<global::HookSnippets.Generator.ClientTests.Auth0.ApiException>(() => harness.Client.Auth.CookieKey.GetAsync());
        var options = harness.Options.ToString();

        var texts = new[] { basic.ToString(), basic.Message, cookie.ToString(), cookie.Message, options, harness.Client.ToString() };
        var secrets = new[] { AuthBodiesHarness.Password, AuthBodiesHarness.HeaderKey, AuthBodiesHarness.QueryKey, AuthBodiesHarness.CookieKey, AuthBodiesHarness.Token, "ACCOUNT_ID" };
        Assert.All(texts, text => Assert.All(secrets, secret => Assert.DoesNotContain(secret, text, StringComparison.Ordinal)));
        Assert.Contains("Username = (set), Password = (hidden), HeaderKey = (hidden), QueryKey = (hidden), CookieKey = (hidden), AccessToken = (hidden), AccessTokenProvider = null", options, StringComparison.Ordinal);
    }

    /// <summary>A value read from a response ends up in logs: its ToString prints the type's name, no member, secret or not.</summary>
    [Fact]
    public async Task AValueReadFromAResponsePrintsNoneOfItsMembers()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"id":"W1","status":"active","signing_secret":"whsec-0123456789"}"""));

        var widget = await harness.Client.Widgets.GetAsync("W1");
        var patch = new Workshop.WidgetPatch { WebhookToken = "tok-0123456789" };

        Assert.Equal("whsec-0123456789", widget.SigningSecret);
        Assert.Equal(typeof(Workshop.Widget).FullName, widget.ToString());
        Assert.Equal(typeof(Workshop.WidgetPatch).FullName, patch.ToString());
    }
}
