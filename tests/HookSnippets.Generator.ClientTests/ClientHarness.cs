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

    /// <summary>The expected body of an operation: its example in endpoints.json.</summary>
    public static JsonNode ExampleBody(string operationId) =>
        Description.Value.Operations.Single(o => o.Id == operationId).Body!.Example!;

    /// <summary>
    /// What the API receives: <paramref name="body"/> is UTF-8 and parses to the same JSON value as
    /// <paramref name="expected"/> (member order free, numbers by value), as the verify command judges every sample.
    /// </summary>
    public static void AssertJsonBody(JsonNode expected, byte[] body)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        var parsed = JsonParser.Parse(text, "received body");
        Assert.True(parsed.Root is not null && parsed.Diagnostics.Count == 0, "not JSON: " + text);
        Assert.True(
            JsonWriter.DeepEquals(expected, parsed.Root),
            $"expected {JsonWriter.Write(expected, indented: false)}\nreceived {text}");
    }

    /// <summary>A description copied next to the tests (the repository's endpoints.json and tests/fixtures).</summary>
    public static ApiDescription Read(string fileName)
    {
        var result = DescriptionReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Descriptions", fileName)), fileName);
        return result.Description ?? throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => Http.Dispose();
}
