using System.Net;
using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.Generator.ClientTests.Workshop;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>A success answer that does not fit the schema is an ApiException subtype with status, raw body and JSON path.</summary>
public sealed class UnexpectedResponseTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task AWrongTypeDeepInTheAnswerIsLocatedByItsJsonPath()
    {
        using var harness = new ClientHarness(fixture.Server);
        const string body = """{"total":2,"hooks":[{"id":"a"},{"id":"b","enabled":"yes"}]}""";
        harness.Server.Enqueue(RecordedResponse.Json(200, body));

        var error = await Assert.ThrowsAsync<UnexpectedResponseException>(() => harness.Client.Hooks.ListAsync());

        Assert.Equal("$.hooks[1].enabled", error.JsonPath);
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal(body, error.RawBody);
        Assert.IsAssignableFrom<ApiException>(error);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(error.InnerException);
        Assert.Contains("hooks.list answered 200", error.Message, StringComparison.Ordinal);
        Assert.Contains("at $.hooks[1].enabled: expected true or false but found String", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnObjectWhereAStringEnumBelongsIsNotABareJsonException()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        var error = await Assert.ThrowsAsync<UnexpectedResponseException>(() => harness.Client.Widgets.StatusAsync("W1"));

        Assert.Equal("$", error.JsonPath);
        Assert.Equal("{}", error.RawBody);
    }

    [Fact]
    public async Task AStringEnumAnswerIsReadIncludingAnUnknownValue()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, "\"active\""));
        harness.Server.Enqueue(RecordedResponse.Json(200, "\"frozen\""));

        Assert.Equal(WidgetStatus.Active, await harness.Client.Widgets.StatusAsync("W1"));
        Assert.Equal("frozen", (await harness.Client.Widgets.StatusAsync("W1")).ToString());
    }

    [Fact]
    public async Task TextThatIsNotJsonIsReportedWithTheBody()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(new RecordedResponse(200, [new("Content-Type", "text/html")], "<html>maintenance</html>"));

        var error = await Assert.ThrowsAsync<UnexpectedResponseException>(() => harness.Client.Hooks.GetAsync("H1"));

        Assert.Equal("<html>maintenance</html>", error.RawBody);
        Assert.Equal("$", error.JsonPath);
        Assert.Single(harness.Server.Requests);
    }
}
