using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>Answers are read as the server sent them: both list shapes, omitted members left null, secrets maps.</summary>
public sealed class ResponseParsingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task ListReadsThePageShape()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"total":1,"start":0,"limit":50,"hooks":[{"id":"01GQN0P33H3AFJHRWS4KDSRHJK"}]}"""));

        var list = await harness.Client.Hooks.ListAsync(includeTotals: true);

        Assert.Equal((0, 50, 1), (list.Start, list.Limit, list.Total));
        Assert.Equal("01GQN0P33H3AFJHRWS4KDSRHJK", Assert.Single(list.Hooks).Id);
    }

    [Fact]
    public async Task ListReadsTheBareArrayShape()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """[{"id":"a","triggerId":"post-change-password"},{"id":"b","unknown":{"nested":[1,2]}}]"""));

        var list = await harness.Client.Hooks.ListAsync();

        Assert.Equal(["a", "b"], list.Hooks.Select(h => h.Id));
        Assert.Equal(HookTriggerId.PostChangePassword, list.Hooks[0].TriggerId);
        Assert.Equal((null, null, null), (list.Start, list.Limit, list.Total));
    }

    [Fact]
    public async Task CreateReadsTheRecordedHook()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(201, """{"id":"01GQN0P3RMKFRVF4CN44G5FYKD","name":"test-hook-520","script":"function () {}","dependencies":{},"triggerId":"pre-user-registration","enabled":false}"""));

        var hook = await harness.Client.Hooks.CreateAsync(new CreateHookRequest { Name = "test-hook-520", Script = "function () {}", TriggerId = HookTriggerId.PreUserRegistration });

        Assert.Equivalent(
            new Hook { Id = "01GQN0P3RMKFRVF4CN44G5FYKD", Name = "test-hook-520", Script = "function () {}", TriggerId = HookTriggerId.PreUserRegistration, Enabled = false, Dependencies = new Dictionary<string, string>() },
            hook,
            strict: true);
        Assert.Empty(hook.Dependencies!);
    }

    [Fact]
    public async Task MembersTheServerLeavesOutStayNull()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"id":"HOOK_ID"}"""));

        var hook = await harness.Client.Hooks.GetAsync("HOOK_ID");

        Assert.Equivalent(new Hook { Id = "HOOK_ID" }, hook, strict: true);
        Assert.Null(hook.Enabled);
        Assert.Null(hook.Script);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public async Task UpdateAcceptsBothDocumentedStatuses(int status)
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(status, """{"id":"HOOK_ID","enabled":true}"""));

        var hook = await harness.Client.Hooks.UpdateAsync("HOOK_ID", new UpdateHookRequest { Enabled = true });

        Assert.True(hook.Enabled);
    }

    [Fact]
    public async Task SecretsAreAReadOnlyMapInAnswerOrder()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(RecordedResponse.Json(200, """{"SECRET2":"_VALUE_NOT_SHOWN_","SECRET1":"_VALUE_NOT_SHOWN_"}"""));
        harness.Server.Enqueue(RecordedResponse.Json(200, "{}"));

        var secrets = await harness.Client.Hooks.Secrets.GetAsync("HOOK_ID");
        var none = await harness.Client.Hooks.Secrets.GetAsync("HOOK_ID");

        Assert.Equal([new("SECRET2", "_VALUE_NOT_SHOWN_"), new KeyValuePair<string, string>("SECRET1", "_VALUE_NOT_SHOWN_")], secrets);
        Assert.IsNotType<Dictionary<string, string>>(secrets);
        Assert.Empty(none);
    }

    [Fact]
    public async Task EmptyAnswersOfCallsWithoutResultAreNotRead()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(new RecordedResponse(204, [], null));
        harness.Server.Enqueue(new RecordedResponse(201, [new("Content-Type", "text/plain")], "not json"));

        await harness.Client.Hooks.Secrets.DeleteAsync("HOOK_ID", ["A"]);
        await harness.Client.Hooks.Secrets.CreateAsync("HOOK_ID", new Dictionary<string, string> { ["A"] = "B" });

        Assert.Equal(2, harness.Server.Requests.Count);
    }
}
