using HookSnippets.Generator.ClientTests.Workshop;

namespace HookSnippets.Generator.ClientTests;

/// <summary>The Workshop client of evolution.endpoints.json pointed at the recording server.</summary>
internal sealed class WorkshopHarness : IDisposable
{
    public WorkshopHarness(RecordingServer.RecordingServer server)
    {
        server.Clear();
        Server = server;
        Http = new HttpClient(server.CreateHandler());
        Client = new WorkshopClient(Http, new WorkshopClientOptions
        {
            BaseUrl = new Uri(server.BaseAddress, "v1"),
            AccessToken = "WORKSHOP_TOKEN",
            TimeProvider = Time,
            Retry = { JitterRatio = 0 },
        });
    }

    public RecordingServer.RecordingServer Server { get; }

    public HttpClient Http { get; }

    public ObservedTimeProvider Time { get; } = new();

    public WorkshopClient Client { get; }

    public string Body(int index) => System.Text.Encoding.UTF8.GetString(Server.Requests[index].Body);

    public void Dispose() => Http.Dispose();
}
