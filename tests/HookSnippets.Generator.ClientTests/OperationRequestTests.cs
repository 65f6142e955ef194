using System.Text;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// Each of the nine operations sends exactly the expected request: method, raw target, headers, and the body the API
/// receives (the expected JSON value; exact bytes where Utf8JsonWriter's output is known).
/// </summary>
public sealed class OperationRequestTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private const string Script = "module.exports = function (user, context, cb) {\n  cb(null, { user: user });\n};";

    [Fact]
    public async Task ListSendsQueryParametersInDeclaredOrder()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, "[]"));

        await harness.Client.Hooks.ListAsync(page: 0, perPage: 50, includeTotals: true, enabled: false, fields: "name,script", triggerId: HookTriggerId.PreUserRegistration);

        var request = Assert.Single(harness.Server.Requests);
        AssertRequest(request, "GET", "/api/v2/hooks?page=0&per_page=50&include_totals=true&enabled=false&fields=name%2Cscript&triggerId=pre-user-registration", body: null);
    }

    [Fact]
    public async Task ListWithoutArgumentsSendsNoQuery()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, "[]"));

        await harness.Client.Hooks.ListAsync();

        AssertRequest(Assert.Single(harness.Server.Requests), "GET", "/api/v2/hooks", body: null);
    }

    [Fact]
    public async Task CreateSendsTheExampleBody()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(201, """{"id":"01GQN0P3RMKFRVF4CN44G5FYKD","name":"my-hook"}"""));

        await harness.Client.Hooks.CreateAsync(new CreateHookRequest
        {
            Name = "my-hook",
            Script = Script,
            TriggerId = HookTriggerId.PreUserRegistration,
            Enabled = false,
            Dependencies = new Dictionary<string, string> { ["auth0"] = "2.30.0" },
        });

        AssertRequest(Assert.Single(harness.Server.Requests), "POST", "/api/v2/hooks", ClientHarness.ExampleBody("hooks.create"));
    }

    [Fact]
    public async Task CreateLeavesOutMembersNotSet()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(201, "{}"));

        await harness.Client.Hooks.CreateAsync(new CreateHookRequest { Name = "n", Script = "s", TriggerId = HookTriggerId.SendPhoneMessage });

        Assert.Equal("""{"name":"n","script":"s","triggerId":"send-phone-message"}""", Encoding.UTF8.GetString(Assert.Single(harness.Server.Requests).Body));
    }

    [Fact]
    public async Task GetSendsTheIdAsOnePathSegment()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        await harness.Client.Hooks.GetAsync("HOOK_ID", fields: "id");

        AssertRequest(Assert.Single(harness.Server.Requests), "GET", "/api/v2/hooks/HOOK_ID?fields=id", body: null);
    }

    [Fact]
    public async Task HostileIdIsPercentEncodedAndNeverChangesThePath()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        await harness.Client.Hooks.GetAsync("a/b?c#d%e f\u00e9~.-_");

        AssertRequest(Assert.Single(harness.Server.Requests), "GET", "/api/v2/hooks/a%2Fb%3Fc%23d%25e%20f%C3%A9~.-_", body: null);
    }

    [Fact]
    public async Task UpdateSendsPatchWithTheExampleBody()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        await harness.Client.Hooks.UpdateAsync("HOOK_ID", new UpdateHookRequest { Script = Script, Enabled = true });

        AssertRequest(Assert.Single(harness.Server.Requests), "PATCH", "/api/v2/hooks/HOOK_ID", ClientHarness.ExampleBody("hooks.update"));
    }

    [Fact]
    public async Task DeleteSendsNoBody()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(new RecordedResponse(204, [], null));

        await harness.Client.Hooks.DeleteAsync("HOOK_ID");

        AssertRequest(Assert.Single(harness.Server.Requests), "DELETE", "/api/v2/hooks/HOOK_ID", body: null);
    }

    [Fact]
    public async Task SecretsGetSendsGet()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        await harness.Client.Hooks.Secrets.GetAsync("HOOK_ID");

        AssertRequest(Assert.Single(harness.Server.Requests), "GET", "/api/v2/hooks/HOOK_ID/secrets", body: null);
    }

    [Fact]
    public async Task SecretsCreateSendsTheMapAndIgnoresTheEmptyObjectAnswer()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(201, "{}"));

        await harness.Client.Hooks.Secrets.CreateAsync("HOOK_ID", new Dictionary<string, string> { ["HOOK_SECRET_KEY"] = "HOOK_SECRET_VALUE" });

        AssertRequest(Assert.Single(harness.Server.Requests), "POST", "/api/v2/hooks/HOOK_ID/secrets", ClientHarness.ExampleBody("hooks.secrets.create"));
    }

    [Fact]
    public async Task SecretsUpdateSendsPatch()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(201, "{}"));

        await harness.Client.Hooks.Secrets.UpdateAsync("HOOK_ID", new Dictionary<string, string> { ["HOOK_SECRET_KEY"] = "HOOK_SECRET_VALUE" });

        AssertRequest(Assert.Single(harness.Server.Requests), "PATCH", "/api/v2/hooks/HOOK_ID/secrets", ClientHarness.ExampleBody("hooks.secrets.update"));
    }

    [Fact]
    public async Task SecretsDeleteSendsAJsonArrayBodyWithDelete()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(new RecordedResponse(204, [], null));

        await harness.Client.Hooks.Secrets.DeleteAsync("HOOK_ID", Enumerable.Repeat("HOOK_SECRET_KEY", 1));

        AssertRequest(Assert.Single(harness.Server.Requests), "DELETE", "/api/v2/hooks/HOOK_ID/secrets", ClientHarness.ExampleBody("hooks.secrets.delete"));
    }

    [Fact]
    public async Task HostileSecretsAreSentAsTheExampleJson()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(201, "{}"));
        var operation = ClientHarness.Read("hostile.endpoints.json").Operations.Single(o => o.Id == "hooks.secrets.create");
        var example = (JsonObject)operation.Body!.Example!;
        var id = ((JsonString)operation.Parameters.Single(p => p.Name == "id").Example!).Value;

        await harness.Client.Hooks.Secrets.CreateAsync(id, example.Members.ToDictionary(m => m.Name, m => ((JsonString)m.Value).Value));

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/api/v2/hooks/a%2Fb%3Fc%23d%25e%20f%20%C3%A9%20%F0%9F%98%80/secrets", request.RawPath);
        ClientHarness.AssertJsonBody(example, request.Body);
    }

    /// <summary>
    /// The relaxed encoder leaves HTML-sensitive characters and non-ASCII BMP text as UTF-8; characters outside the
    /// BMP, <c>"</c>, <c>\</c> and control characters are escaped, upper-case hex, as Utf8JsonWriter writes them.
    /// </summary>
    [Fact]
    public async Task BodiesAreUtf8JsonWriterOutputWithRelaxedEscaping()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(201, "{}"));

        await harness.Client.Hooks.Secrets.CreateAsync("HOOK_ID", new Dictionary<string, string> { ["it's <b>&amp;"] = "caf\u00e9 \u65e5\u672c \U0001F600 \"q\" \\ \n\u0001" });

        Assert.Equal(
            """{"it's <b>&amp;":"café 日本 \uD83D\uDE00 \"q\" \\ \n\u0001"}""",
            Encoding.UTF8.GetString(Assert.Single(harness.Server.Requests).Body));
    }

    [Fact]
    public async Task ControlCharactersAreEscapedAndALoneSurrogateBecomesTheReplacementCharacter()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(201, "{}"));
        var secrets = new Dictionary<string, string> { ["\u0001\u007f"] = "\ud800\u2028\b\f\u001f" };

        await harness.Client.Hooks.Secrets.CreateAsync("HOOK_ID", secrets);

        // A lone surrogate is not Unicode text and has no UTF-8 form: Utf8JsonWriter sends U+FFFD in its place.
        ClientHarness.AssertJsonBody(
            new JsonObject(new[] { new JsonMember("\u0001\u007f", default, new JsonString("\ufffd\u2028\b\f\u001f", default)) }.ToEquatableArray(), default),
            Assert.Single(harness.Server.Requests).Body);
    }

    private static void AssertRequest(RecordedRequest request, string method, string rawTarget, JsonNode? body)
    {
        Assert.Equal(method, request.Method);
        Assert.Equal(rawTarget, request.RawTarget);
        Assert.Equal(["Bearer " + ClientHarness.Token], request.HeaderValues("Authorization"));
        if (body is null)
        {
            Assert.Empty(request.Body);
            Assert.Empty(request.HeaderValues("Content-Type"));
        }
        else
        {
            ClientHarness.AssertJsonBody(body, request.Body);
            Assert.Equal(["application/json"], request.HeaderValues("Content-Type"));
        }
    }
}
