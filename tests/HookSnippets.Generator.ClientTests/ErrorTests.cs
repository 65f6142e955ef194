using System.Net;
using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>Error statuses become one ApiException carrying the API's error fields, the raw body, headers and rate limits.</summary>
public sealed class ErrorTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData(400, "Bad Request", "Payload validation error: 'String is too short (0 chars), minimum 1' on property script.", "invalid_body")]
    [InlineData(404, "Not Found", "Error: Hook does not exist", "HookDoesNotExist")]
    [InlineData(409, "Conflict", "Hook with the same name already exists.", null)]
    public async Task ErrorJsonIsParsed(int status, string error, string message, string? errorCode)
    {
        using var harness = new ClientHarness(fixture.Server);
        var body = "{\"statusCode\":" + status + ",\"error\":\"" + error + "\",\"message\":\"" + message + "\""
            + (errorCode is null ? string.Empty : ",\"errorCode\":\"" + errorCode + "\"") + "}";
        harness.Server.Enqueue(RecordedResponse.Json(status, body, ("x-ratelimit-limit", "10"), ("x-ratelimit-remaining", "9"), ("x-ratelimit-reset", "1764244800")));

        var exception = await Assert.ThrowsAsync<ApiException>(() => harness.Client.Hooks.UpdateAsync("HOOK_ID", new UpdateHookRequest { Name = "x" }));

        Assert.Equal((HttpStatusCode)status, exception.StatusCode);
        Assert.Equal((error, message, errorCode), (exception.Error, exception.ApiMessage, exception.ErrorCode));
        Assert.Equal(body, exception.RawBody);
        Assert.Equal("hooks.update", exception.OperationId);
        Assert.Equal(1, exception.Attempts);
        Assert.Equal(["application/json"], exception.Headers["content-type"]);
        Assert.Equal((10L, 9L, DateTimeOffset.FromUnixTimeSeconds(1764244800)), (exception.RateLimit!.Limit, exception.RateLimit.Remaining, exception.RateLimit.Reset));
        Assert.Equal("hooks.update failed with " + status + " " + error + " (1 attempt): " + message + (errorCode is null ? string.Empty : " [" + errorCode + "]"), exception.Message);
    }

    [Fact]
    public async Task BodyThatIsNotTheErrorJsonIsKeptRaw()
    {
        using var harness = new ClientHarness(fixture.Server);
        harness.Server.Enqueue(new RecordedResponse(403, [new("Content-Type", "text/html")], "<html>forbidden</html>"));

        var exception = await Assert.ThrowsAsync<ApiException>(() => harness.Client.Hooks.DeleteAsync("HOOK_ID"));

        Assert.Equal(HttpStatusCode.Forbidden, exception.StatusCode);
        Assert.Equal((null, null, null), (exception.Error, exception.ApiMessage, exception.ErrorCode));
        Assert.Equal("<html>forbidden</html>", exception.RawBody);
        Assert.Null(exception.RateLimit);
        Assert.Equal("hooks.delete failed with 403 Forbidden (1 attempt): <html>forbidden</html>", exception.Message);
    }
}
