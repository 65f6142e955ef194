using HookSnippets.Generator.ClientTests.Auth0;

namespace HookSnippets.Generator.ClientTests;

/// <summary>Invalid arguments fail with an ArgumentException naming the parameter, and nothing is sent.</summary>
public sealed class ArgumentValidationTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task MoreThanTwentySecretsQuoteTheLimit()
    {
        using var harness = new ClientHarness(fixture.Server);
        var secrets = Enumerable.Range(1, 21).ToDictionary(i => "SECRET" + i, i => "value");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Hooks.Secrets.CreateAsync("HOOK_ID", secrets));

        Assert.Equal("secrets", error.ParamName);
        Assert.Equal("Must hold at most 20 entries (maxProperties: 20); it holds 21. (Parameter 'secrets')", error.Message);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task EmptySecretsMapQuotesTheLimit()
    {
        using var harness = new ClientHarness(fixture.Server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Hooks.Secrets.UpdateAsync("HOOK_ID", new Dictionary<string, string>()));

        Assert.Equal("Must hold at least 1 entry (minProperties: 1); it holds 0. (Parameter 'secrets')", error.Message);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task EmptyNamesListQuotesTheLimit()
    {
        using var harness = new ClientHarness(fixture.Server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Hooks.Secrets.DeleteAsync("HOOK_ID", []));

        Assert.Equal("Must hold at least 1 item (minItems: 1); it holds 0. (Parameter 'names')", error.Message);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task UpdateWithNothingSetQuotesTheLimit()
    {
        using var harness = new ClientHarness(fixture.Server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Hooks.UpdateAsync("HOOK_ID", new UpdateHookRequest()));

        Assert.Equal("hook", error.ParamName);
        Assert.Contains("(minProperties: 1)", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public async Task IdsThatWouldChangeThePathAreRejected(string id)
    {
        using var harness = new ClientHarness(fixture.Server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Hooks.GetAsync(id));

        Assert.Equal("id", error.ParamName);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public void AnInvalidArgumentThrowsFromTheCallBeforeATaskExists()
    {
        using var harness = new ClientHarness(fixture.Server);

        // The operation methods are not async (no state machine per operation): the checks run in the call itself.
        var error = Assert.Throws<ArgumentException>(() => { _ = harness.Client.Hooks.GetAsync(".."); });
        var withoutValue = Assert.Throws<ArgumentException>(() => { _ = harness.Client.Hooks.DeleteAsync(""); });

        Assert.Equal("id", error.ParamName);
        Assert.Equal("id", withoutValue.ParamName);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task NullArgumentsAreRejected()
    {
        using var harness = new ClientHarness(fixture.Server);

        Assert.Equal("id", (await Assert.ThrowsAsync<ArgumentNullException>(() => harness.Client.Hooks.DeleteAsync(null!))).ParamName);
        Assert.Equal("secrets", (await Assert.ThrowsAsync<ArgumentNullException>(() => harness.Client.Hooks.Secrets.CreateAsync("HOOK_ID", null!))).ParamName);
        Assert.Equal("names", (await Assert.ThrowsAsync<ArgumentNullException>(() => harness.Client.Hooks.Secrets.DeleteAsync("HOOK_ID", null!))).ParamName);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public void OptionsWithoutBaseUrlOrDomainAreRejectedAtConstruction()
    {
        using var http = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => new Auth0ManagementClient(http, new Auth0ManagementClientOptions()));

        Assert.Equal("options", error.ParamName);
        Assert.StartsWith("Set Auth0ManagementClientOptions.Domain, or BaseUrl", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.com/x")]
    [InlineData("user@evil.com")]
    [InlineData("a b")]
    public void DomainsWithUrlDelimitersAreRejected(string domain)
    {
        using var http = new HttpClient();

        Assert.Throws<ArgumentException>(() => new Auth0ManagementClient(http, new Auth0ManagementClientOptions { Domain = domain }));
    }

    [Theory]
    [InlineData("https://user:secret@tenant.auth0.com/api/v2")]
    [InlineData("https://tenant.auth0.com/api/v2?x=1")]
    [InlineData("ftp://tenant.auth0.com/")]
    public void BaseUrlsThatCannotPrefixAPathAreRejected(string baseUrl)
    {
        using var http = new HttpClient();

        var error = Assert.Throws<ArgumentException>(() => new Auth0ManagementClient(http, new Auth0ManagementClientOptions { BaseUrl = new Uri(baseUrl) }));

        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DomainBuildsTheDescriptionBaseUrl()
    {
        using var http = new HttpClient();

        var client = new Auth0ManagementClient(http, new Auth0ManagementClientOptions { Domain = "tenant.eu.auth0.com" });

        Assert.Equal("Auth0ManagementClient { BaseUrl = https://tenant.eu.auth0.com/api/v2 }", client.ToString());
    }
}
