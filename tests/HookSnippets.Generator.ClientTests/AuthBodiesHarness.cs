using System.Text.Json;
using HookSnippets.Generator.ClientTests.AuthBodies;

namespace HookSnippets.Generator.ClientTests;

/// <summary>The client of tests/fixtures/auth-bodies.endpoints.json pointed at the recording server, every credential set to the fixture's placeholders.</summary>
internal sealed class AuthBodiesHarness : IDisposable
{
    public const string Password = "SECRET+/=:@KEY";
    public const string HeaderKey = "KEY+/=:@VALUE";
    public const string QueryKey = "QUERY+/=:@KEY";
    public const string CookieKey = "SESSION+/=:@ID";
    public const string Token = "OAUTH_ACCESS_TOKEN";

    public AuthBodiesHarness(RecordingServer.RecordingServer server, Action<AuthBodiesClientOptions>? configure = null)
    {
        server.Clear();
        Server = server;
        Http = new HttpClient(server.CreateHandler());
        Options = new AuthBodiesClientOptions
        {
            BaseUrl = new Uri(server.BaseAddress, "v1"),
            Username = "ACCOUNT_ID",
            Password = Password,
            HeaderKey = HeaderKey,
            QueryKey = QueryKey,
            CookieKey = CookieKey,
            AccessToken = Token,
        };
        configure?.Invoke(Options);
        Client = new AuthBodiesClient(Http, Options);
        server.Enqueue(RecordingServer.RecordedResponse.Json(200, "{}"));
    }

    public RecordingServer.RecordingServer Server { get; }

    public HttpClient Http { get; }

    public AuthBodiesClientOptions Options { get; }

    public AuthBodiesClient Client { get; }

    public RecordingServer.RecordedRequest Request => Assert.Single(Server.Requests);

    /// <summary>The members of a JSON object, in order, as an untyped body's map.</summary>
    public static Dictionary<string, JsonElement> Members(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(m => m.Name, m => m.Value.Clone());

    /// <summary>The credential and body headers a request carries (the ones the recording server sees beside Host and length).</summary>
    public static string[] CredentialHeaders(RecordingServer.RecordedRequest request) =>
        request.Headers.Where(h => h.Key is "Authorization" or "X-API-Key" or "Cookie").Select(h => h.Key + ": " + h.Value).ToArray();

    public void Dispose() => Http.Dispose();
}
