using System.Net;
using System.Text.Json;
using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.Generator.ClientTests.EdgeCases;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// The client generated from the conformance fixture tests/fixtures/edge-cases.endpoints.json, against the recording
/// server: issue 14's two bugs. <c>{"foo": null}</c> in an untyped object is sent as JSON null the way the csharp-client
/// sample writes it; a 200 string-enum answer is read, and an answer that does not fit (the recorder's old generic
/// <c>{}</c>) is an ApiException subtype, never a bare JsonException.
/// </summary>
public sealed class EdgeCaseFixtureTests(ServerFixture fixture) : IClassFixture<ServerFixture>, IDisposable
{
    private readonly HttpClient _http = new(fixture.Server.CreateHandler());

    private EdgeCasesClient Client()
    {
        fixture.Server.Clear();
        return new EdgeCasesClient(_http, new EdgeCasesClientOptions
        {
            BaseUrl = new Uri(fixture.Server.BaseAddress, "api"),
            AccessToken = "API_TOKEN",
            Retry = { MaxRetries = 0 },
        });
    }

    [Fact]
    public async Task UntypedNullsAreSentAsJsonNullAsTheSampleWritesThem()
    {
        var client = Client();
        fixture.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        await client.Bodies.UntypedNullsAsync(new Dictionary<string, JsonElement>
        {
            ["foo"] = JsonDocument.Parse("null").RootElement,
            ["nested"] = JsonDocument.Parse("{\"bar\":null}").RootElement,
            ["nulls"] = JsonDocument.Parse("[null,null]").RootElement,
        });

        var request = Assert.Single(fixture.Server.Requests);
        Assert.Equal("""{"foo":null,"nested":{"bar":null},"nulls":[null,null]}""", System.Text.Encoding.UTF8.GetString(request.Body));
    }

    [Fact]
    public async Task ADefaultJsonElementIsRefusedBeforeSending()
    {
        var client = Client();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Bodies.UntypedNullsAsync(new Dictionary<string, JsonElement> { ["foo"] = default }));

        Assert.Contains("JsonDocument.Parse(\"null\").RootElement", error.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.Server.Requests);
    }

    [Fact]
    public async Task AStringEnumAnswerIsRead()
    {
        var client = Client();
        fixture.Server.Enqueue(RecordedResponse.Json(200, "\"active\""));
        fixture.Server.Enqueue(RecordedResponse.Json(200, "\"suspended\""));

        Assert.Equal("active", (await client.Responses.StringEnumAsync()).ToString());
        Assert.Equal("suspended", (await client.Responses.StringEnumAsync()).ToString());
    }

    [Fact]
    public async Task AnObjectForTheStringEnumAnswerIsAnApiExceptionSubtype()
    {
        var client = Client();
        fixture.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        var error = await Assert.ThrowsAsync<UnexpectedResponseException>(() => client.Responses.StringEnumAsync());

        Assert.IsAssignableFrom<ApiException>(error);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal("{}", error.RawBody);
        Assert.Equal("$", error.JsonPath);
        Assert.Equal("responses.string_enum", error.OperationId);
    }

    public void Dispose() => _http.Dispose();
}
