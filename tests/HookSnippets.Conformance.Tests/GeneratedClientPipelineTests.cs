using System.Text;
using HookSnippets.Description.Json;
using HookSnippets.Verification;
using Xunit.Abstractions;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// The csharp-client path of verify on its own: a sample (a test fixture calling <c>client.Hooks.Secrets.CreateAsync</c>)
/// compiles against the client the source generator produces from the same description, runs, and sends the request
/// that curl's sample sends.
/// </summary>
[Collection(ConformanceSuite.Name)]
public sealed class GeneratedClientPipelineTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void A_sample_calling_the_generated_client_compiles_runs_and_sends_the_expected_request()
    {
        var report = Verification.Run(Repository.ShippedDescription, output, ["csharp-client", "shell-curl"], ["hooks.secrets.create"], Repository.Fixture("client"));
        Verification.SkipUnlessComplete(report);

        var client = report.Find("hooks.secrets.create", "csharp-client")!;
        Assert.True(client.Outcome == SampleOutcome.Pass, string.Join("\n", client.Differences) + "\n" + client.Log);
        Assert.Equal("created", client.Log.Trim());
        var curl = report.Find("hooks.secrets.create", "shell-curl")!;
        Assert.Equal(SampleOutcome.Pass, curl.Outcome);
        Assert.Equal(Assert.Single(curl.Requests).RawTarget, Assert.Single(client.Requests).RawTarget);
        // The same JSON value, as the API reads it; the bytes may differ in escaping (Utf8JsonWriter against curl's literal).
        Assert.True(JsonWriter.DeepEquals(Json(curl.Requests[0].Body), Json(client.Requests[0].Body)), Encoding.UTF8.GetString(client.Requests[0].Body));
    }

    private static JsonNode Json(byte[] body) => JsonParser.Parse(Encoding.UTF8.GetString(body), "body").Root ?? throw new Xunit.Sdk.XunitException("not JSON: " + Encoding.UTF8.GetString(body));
}
