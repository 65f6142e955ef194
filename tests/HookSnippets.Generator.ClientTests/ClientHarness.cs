using System.Text;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Generator.ClientTests.Auth0;

namespace HookSnippets.Generator.ClientTests;

/// <summary>A generated client pointed at the recording server (base URL replaced by <c>https://127.0.0.1:PORT/api/v2</c>).</summary>
internal sealed class ClientHarness : IDisposable
{
    public const string Token = "TEST_TOKEN_c2VjcmV0";

    private static readonly Lazy<ApiDescription> Description = new(() => Read("endpoints.json"));

    public ClientHarness(RecordingServer.RecordingServer server, Action<Auth0ManagementClientOptions>? configure = null)
    {
        server.Clear();
        Server = server;
        Http = new HttpClient(server.CreateHandler());
        Options = new Auth0ManagementClientOptions
        {
            BaseUrl = new Uri(server.BaseAddress, "api/v2"),
            AccessToken = Token,
            TimeProvider = Time,
            Retry = { JitterRatio = 0 },
        };
        configure?.Invoke(Options);
        Client = new Auth0ManagementClient(Http, Options);
    }

    public RecordingServer.RecordingServer Server { get; }

    public HttpClient Http { get; }

    public ObservedTimeProvider Time { get; } = new();

    public Auth0ManagementClientOptions Options { get; }

    public Auth0ManagementClient Client { get; }

    /// <summary>The expected body of an operation: its example in endpoints.json as compact JSON.</summary>
    public static byte[] ExampleBody(string operationId) =>
        Encoding.UTF8.GetBytes(JsonWriter.Write(Description.Value.Operations.Single(o => o.Id == operationId).Body!.Example!, indented: false));

    /// <summary>A description copied next to the tests (the repository's endpoints.json and tests/fixtures).</summary>
    public static ApiDescription Read(string fileName)
    {
        var result = DescriptionReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Descriptions", fileName)), fileName);
        return result.Description ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => Http.Dispose();
}
