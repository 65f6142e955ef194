using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.Generator.ClientTests.Workshop;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// What an API adds later does not break a call: an enum value the description does not list is read, shown and sent
/// back unchanged; members it does not list are kept and written back; an unset enum is refused before sending.
/// </summary>
public sealed class ApiEvolutionTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task AnUnknownEnumValueIsReadAndGivenBackByToString()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"id":"H1","triggerId":"on-the-moon"}"""));

        var hook = await harness.Client.Hooks.GetAsync("H1");

        Assert.Equal("on-the-moon", hook.TriggerId.ToString());
        Assert.Equal(new HookTriggerId("on-the-moon"), hook.TriggerId);
        Assert.NotEqual(HookTriggerId.PreUserRegistration, hook.TriggerId);
    }

    [Fact]
    public async Task AnUnknownEnumValueIsSentBackUnchanged()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"id":"H1","triggerId":"on-the-moon"}"""));
        harness.Server.Enqueue(RecordedResponse.Json(201, """{"id":"H2"}"""));
        harness.Server.Enqueue(RecordedResponse.Json(200, "[]"));

        var hook = await harness.Client.Hooks.GetAsync("H1");
        await harness.Client.Hooks.CreateAsync(new CreateHookRequest { Name = "copy", Script = "x", TriggerId = hook.TriggerId!.Value });
        await harness.Client.Hooks.ListAsync(triggerId: hook.TriggerId);

        Assert.Equal("""{"name":"copy","script":"x","triggerId":"on-the-moon"}""", System.Text.Encoding.UTF8.GetString(harness.Server.Requests[1].Body));
        Assert.Equal("/api/v2/hooks?triggerId=on-the-moon", harness.Server.Requests[2].RawTarget);
    }

    [Fact]
    public async Task EnumValuesCompareOrdinallyOnTheirWireText()
    {
        Assert.Equal(HookTriggerId.PostChangePassword, new HookTriggerId("post-change-password"));
        Assert.NotEqual(HookTriggerId.PostChangePassword, new HookTriggerId("POST-CHANGE-PASSWORD"));
        Assert.Equal(new HookTriggerId("x").GetHashCode(), new HookTriggerId("x").GetHashCode());
        Assert.Throws<ArgumentNullException>(() => new HookTriggerId(null!));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task ADefaultEnumIsRefusedBeforeAnythingIsSent()
    {
        using var harness = new ClientHarness(fixture.Server);

        var inBody = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Hooks.CreateAsync(new CreateHookRequest { Name = "n", Script = "s", TriggerId = default }));
        var inQuery = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Hooks.ListAsync(triggerId: default(HookTriggerId)));

        Assert.Contains("A default HookTriggerId holds no value to send", inBody.Message, StringComparison.Ordinal);
        Assert.Contains("A default HookTriggerId", inQuery.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task MembersTheDescriptionDoesNotListAreKeptAndWrittenBack()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"id":"W1","status":"active","weight":{"kg":1.50},"tags":["x",null]}"""));
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"id":"W1"}"""));

        var widget = await harness.Client.Widgets.GetAsync("W1");
        widget.Status = WidgetStatus.Retired;
        await harness.Client.Widgets.ReplaceAsync("W1", widget);

        Assert.Equal(["weight", "tags"], widget.AdditionalProperties!.Keys);
        Assert.Equal("""{"id":"W1","status":"retired","weight":{"kg":1.50},"tags":["x",null]}""", harness.Body(1));
    }

    [Fact]
    public async Task AnAdditionalPropertyNamedLikeADeclaredMemberIsRefused()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        using var document = System.Text.Json.JsonDocument.Parse("\"W2\"");
        var widget = new Widget { Id = "W1", AdditionalProperties = new Dictionary<string, System.Text.Json.JsonElement> { ["id"] = document.RootElement } };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Widgets.ReplaceAsync("W1", widget));

        Assert.Contains("Widget.AdditionalProperties holds 'id'", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }
}
