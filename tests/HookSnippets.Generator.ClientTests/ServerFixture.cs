using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>One recording server per test class (tests of a class run one after another).</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private RecordingServer.RecordingServer? _server;

    public RecordingServer.RecordingServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await RecordingServer.RecordingServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
