using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.RecordingServer;
using Microsoft.Extensions.DependencyInjection;

namespace HookSnippets.Generator.ClientTests;

/// <summary>The single public constructor lets IHttpClientFactory build the client as a typed client.</summary>
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
}
