using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.RecordingServer;
using Microsoft.Extensions.DependencyInjection;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// The generated AddAuth0ManagementClient registers the interface and the class as a typed client; the single public
/// constructor also lets IHttpClientFactory build the class by itself.
/// </summary>
public sealed class DependencyInjectionTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task AddHttpClientResolvesTheClientWithRegisteredOptions()
    {
        var server = fixture.Server;
        server.Clear();
        server.Enqueue(RecordedResponse.Json(200, "{}"));
        var services = new ServiceCollection();
        services.AddSingleton(new Auth0ManagementClientOptions { BaseUrl = new Uri(server.BaseAddress, "api/v2"), AccessToken = "DI_TOKEN" });
        services.AddHttpClient<Auth0ManagementClient>().ConfigurePrimaryHttpMessageHandler(server.CreateHandler);
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<Auth0ManagementClient>();
        await client.Hooks.Secrets.GetAsync("HOOK_ID");

        var request = Assert.Single(server.Requests);
        Assert.Equal("/api/v2/hooks/HOOK_ID/secrets", request.RawTarget);
        Assert.Equal(["Bearer DI_TOKEN"], request.HeaderValues("Authorization"));
    }

    [Fact]
    public async Task AddAuth0ManagementClientRegistersTheInterfaceAndTheClassAndChainsHandlers()
    {
        var server = fixture.Server;
        server.Clear();
        server.Enqueue(RecordedResponse.Json(200, "{}"));
        server.Enqueue(RecordedResponse.Json(200, "{}"));
        var services = new ServiceCollection();
        IHttpClientBuilder builder = services.AddAuth0ManagementClient(options =>
        {
            options.BaseUrl = new Uri(server.BaseAddress, "api/v2");
            options.AccessToken = "DI_TOKEN";
        });
        builder.ConfigurePrimaryHttpMessageHandler(server.CreateHandler).AddHttpMessageHandler(() => new HeaderHandler());
        await using var provider = services.BuildServiceProvider();

        var contract = provider.GetRequiredService<IAuth0ManagementClient>();
        var concrete = provider.GetRequiredService<Auth0ManagementClient>();
        await contract.Hooks.Secrets.GetAsync("A");
        await concrete.Hooks.Secrets.GetAsync("B");

        Assert.IsType<Auth0ManagementClient>(contract);
        Assert.Equal(["/api/v2/hooks/A/secrets", "/api/v2/hooks/B/secrets"], server.Requests.Select(r => r.RawTarget));
        Assert.All(server.Requests, r => Assert.Equal(["Bearer DI_TOKEN"], r.HeaderValues("Authorization")));
        Assert.All(server.Requests, r => Assert.Equal(["chained"], r.HeaderValues("X-Handler")));
    }

    private sealed class HeaderHandler : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Handler", "chained");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
