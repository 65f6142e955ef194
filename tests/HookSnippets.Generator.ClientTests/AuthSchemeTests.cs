using System.Text;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// Each operation sends the credentials of its first security alternative, each where its scheme puts it, and no
/// other: tests/fixtures/auth-bodies.endpoints.json (root security basic; per-operation overrides).
/// </summary>
public sealed class AuthSchemeTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task BasicSendsTheUtf8PairInBase64()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        await harness.Client.Auth.Basic.GetAsync();

        var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes("ACCOUNT_ID:" + AuthBodiesHarness.Password));
        Assert.Equal("/v1/basic", harness.Request.RawTarget);
        Assert.Equal(["Authorization: Basic " + pair], AuthBodiesHarness.CredentialHeaders(harness.Request));
    }

    [Fact]
    public async Task HeaderKeyIsSentAsWrittenInItsHeader()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        await harness.Client.Auth.HeaderKey.GetAsync();

        Assert.Equal(["X-API-Key: " + AuthBodiesHarness.HeaderKey], AuthBodiesHarness.CredentialHeaders(harness.Request));
    }

    [Fact]
    public async Task QueryKeyFollowsTheOperationsQueryEncodedAndTheSecondAlternativeIsNotSent()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        await harness.Client.Auth.QueryKey.ListAsync(q: "a b+c");

        Assert.Equal("/v1/query-key?q=a%20b%2Bc&api_key=QUERY%2B%2F%3D%3A%40KEY", harness.Request.RawTarget);
        Assert.Empty(AuthBodiesHarness.CredentialHeaders(harness.Request));
    }

    [Fact]
    public async Task CookieKeyAndHeaderKeyOfOneAlternativeAreSentTogether()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        await harness.Client.Auth.CookieKey.GetAsync();

        Assert.Equal(
            ["Cookie: session=" + AuthBodiesHarness.CookieKey, "X-API-Key: " + AuthBodiesHarness.HeaderKey],
            AuthBodiesHarness.CredentialHeaders(harness.Request).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task PublicOperationSendsNoCredentialThoughAllAreSet()
    {
        using var harness = new AuthBodiesHarness(fixture.Server);

        await harness.Client.Auth.Public.GetAsync();

        Assert.Equal("/v1/public", harness.Request.RawTarget);
        Assert.Empty(AuthBodiesHarness.CredentialHeaders(harness.Request));
    }

    [Fact]
    public async Task OAuth2SendsItsTokenAsBearerAndTheProviderWins()
    {
        using var harness = new AuthBodiesHarness(fixture.Server, options => options.AccessTokenProvider = _ => ValueTask.FromResult("FRESH_TOKEN"));

        await harness.Client.Auth.Oauth.GetAsync();

        Assert.Equal(["Authorization: Bearer FRESH_TOKEN"], AuthBodiesHarness.CredentialHeaders(harness.Request));
    }

    [Fact]
    public async Task MissingPasswordIsAClearErrorNamingTheOptionAndNothingIsSent()
    {
        using var harness = new AuthBodiesHarness(fixture.Server, options => options.Password = null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.Auth.Basic.GetAsync());

        Assert.Equal("Set AuthBodiesClientOptions.Password: this operation authenticates with it.", error.Message);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task MissingQueryKeyIsAClearErrorNamingTheOption()
    {
        using var harness = new AuthBodiesHarness(fixture.Server, options => options.QueryKey = null);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.Auth.QueryKey.ListAsync());

        Assert.Equal("Set AuthBodiesClientOptions.QueryKey: this operation authenticates with it.", error.Message);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task UsernameWithAColonIsRefusedWithoutQuotingIt()
    {
        using var harness = new AuthBodiesHarness(fixture.Server, options => options.Username = "user:name");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.Auth.Basic.GetAsync());

        Assert.DoesNotContain("user:name", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task CookieKeyWithASemicolonIsRefusedWithoutQuotingIt()
    {
        using var harness = new AuthBodiesHarness(fixture.Server, options => options.CookieKey = "abc; admin=1");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.Auth.CookieKey.GetAsync());

        Assert.DoesNotContain("admin=1", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }
}
