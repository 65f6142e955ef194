using System.Text;
using System.Text.Json;
using HookSnippets.Generator.ClientTests.Auth0;
using HookSnippets.Generator.ClientTests.Readings;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// How numbers reach the API, through a second client (numbers.endpoints.json) whose namespace differs from the one
/// holding the project's shared runtime types: longs exactly, doubles as their shortest round-trip text, untyped
/// values with the text they were parsed from (an integer beyond long survives), NaN refused before sending.
/// </summary>
public sealed class NumberWritingTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task LongsDoublesAndUntypedNumbersAreSentExactly()
    {
        fixture.Server.Clear();
        fixture.Server.Enqueue(new RecordedResponse(204, [], null));
        using var http = new HttpClient(fixture.Server.CreateHandler());
        var client = new MeterClient(http, new MeterClientOptions { BaseUrl = fixture.Server.BaseAddress, AccessToken = ClientHarness.Token });
        using var raw = JsonDocument.Parse("123456789012345678901234567890.50");

        await client.Readings.RecordAsync(new ReadingsRecordRequest { Count = long.MaxValue, Ratio = 0.1, Raw = raw.RootElement });

        Assert.Equal(
            """{"count":9223372036854775807,"ratio":0.1,"raw":123456789012345678901234567890.50}""",
            Encoding.UTF8.GetString(Assert.Single(fixture.Server.Requests).Body));
    }

    [Fact]
    public async Task NaNIsRefusedBeforeAnythingIsSentAndErrorsAreTheSharedApiException()
    {
        fixture.Server.Clear();
        fixture.Server.Enqueue(RecordedResponse.Json(409, """{"statusCode":409,"error":"Conflict","message":"Duplicate."}"""));
        using var http = new HttpClient(fixture.Server.CreateHandler());
        var client = new MeterClient(http, new MeterClientOptions { BaseUrl = fixture.Server.BaseAddress, AccessToken = ClientHarness.Token });

        await Assert.ThrowsAsync<ArgumentException>(() => client.Readings.RecordAsync(new ReadingsRecordRequest { Count = 1, Ratio = double.NaN }));
        Assert.Empty(fixture.Server.Requests);

        var exception = await Assert.ThrowsAsync<ApiException>(() => client.Readings.RecordAsync(new ReadingsRecordRequest { Count = 1, Ratio = 1e21 }));
        Assert.Equal("Conflict", exception.Error);
        Assert.Equal("""{"count":1,"ratio":1E+21}""", Encoding.UTF8.GetString(Assert.Single(fixture.Server.Requests).Body));
    }
}
