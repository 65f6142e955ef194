using HookSnippets.Generator.ClientTests.Workshop;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// JSON null in every position a schema allows: an optional nullable member has three states (absent, value, null),
/// untyped values hold a parsed null at any depth, and nullable items are C# nulls.
/// </summary>
public sealed class JsonNullTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task AnOptionalNullableMemberIsLeftOutSetOrSentAsNull()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(new RecordedResponse(204, [], null));
        harness.Server.Enqueue(new RecordedResponse(204, [], null));

        await harness.Client.Widgets.PatchAsync("W1", new WidgetPatch { Note = null, Size = 3 });
        await harness.Client.Widgets.PatchAsync("W1", new WidgetPatch { Name = "n" });

        Assert.Equal("""{"note":null,"size":3}""", harness.Body(0));
        Assert.Equal("""{"name":"n"}""", harness.Body(1));
    }

    [Fact]
    public async Task AnExplicitNullCountsAsAMemberSetForMinProperties()
    {
        using var harness = new WorkshopHarness(fixture.Server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Widgets.PatchAsync("W1", new WidgetPatch()));

        Assert.Contains("minProperties: 1", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task AThreeStateMemberReadFromAnAnswerKeepsItsState()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"id":"A","color":null}"""));
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"id":"B"}"""));

        var nulled = await harness.Client.Widgets.GetAsync("A");
        var absent = await harness.Client.Widgets.GetAsync("B");

        Assert.True(nulled.Color.IsSet);
        Assert.Null(nulled.Color.Value);
        Assert.False(absent.Color.IsSet);
    }

    [Fact]
    public async Task UntypedValuesSendNullAtAnyDepth()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(new RecordedResponse(204, [], null));
        using var nulls = System.Text.Json.JsonDocument.Parse("""{"foo":null,"nested":{"bar":null},"list":[null,1]}""");
        var tags = nulls.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value);

        await harness.Client.Widgets.TagAsync("W1", tags);

        Assert.Equal("""{"foo":null,"nested":{"bar":null},"list":[null,1]}""", harness.Body(0));
    }

    [Fact]
    public async Task ADefaultJsonElementHoldsNoValueAndIsRefused()
    {
        using var harness = new WorkshopHarness(fixture.Server);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.Widgets.TagAsync("W1", new Dictionary<string, System.Text.Json.JsonElement> { ["foo"] = default }));

        Assert.Contains("JsonDocument.Parse(\"null\")", error.Message, StringComparison.Ordinal);
        Assert.Empty(harness.Server.Requests);
    }

    [Fact]
    public async Task NullableItemsAreSentAsNull()
    {
        using var harness = new WorkshopHarness(fixture.Server);
        harness.Server.Enqueue(new RecordedResponse(204, [], null));

        await harness.Client.Widgets.LabelsAsync("W1", ["a", null]);

        Assert.Equal("""["a",null]""", harness.Body(0));
    }
}
