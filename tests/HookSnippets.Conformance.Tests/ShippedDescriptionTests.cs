using System.Text;
using HookSnippets.Description;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using Xunit.Abstractions;

namespace HookSnippets.Conformance.Tests;

[Collection(ConformanceSuite.Name)]
public sealed class ShippedDescriptionTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_operation_and_target_passes_with_swift_parsed_only()
    {
        var report = EveryTargetRun.Of(Repository.ShippedDescription);
        output.WriteLine(ResultMatrix.Write(report));
        Assert.Equal(9, report.Operations.Count);
        Assert.Equal(TemplatePack.Embedded.Targets, report.Targets);
        Assert.Equal(9 * TemplatePack.Embedded.Targets.Count, report.Results.Count);
        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, Repository.Read(Repository.ShippedDescription));
        Assert.All(report.Results.Where(r => r.TargetId == "swift-urlsession"), r => Assert.Equal(SampleOutcome.ParsedOnly, r.Outcome));
        Assert.Equal(9 * (TemplatePack.Embedded.Targets.Count - 1), report.Count(SampleOutcome.Pass));
        Assert.True(report.Succeeded);
    }

    [SkippableFact]
    public void The_generated_client_sends_the_same_request_as_every_executed_sample()
    {
        var report = EveryTargetRun.Of(Repository.ShippedDescription);
        var executed = report.Results.Where(r => r.Outcome == SampleOutcome.Pass).ToArray();
        var clientRuns = executed.Where(r => r.TargetId == "csharp-client").ToArray();
        if (clientRuns.Length < report.Operations.Count)
        {
            Assert.False(Toolchain.IsCi, "under CI=true the csharp-client samples must run:\n" + ResultMatrix.Write(report));
            Skip.If(true, "the csharp-client samples did not all run (missing template or toolchain):\n" + ResultMatrix.Write(report));
        }

        var compared = 0;
        foreach (var client in clientRuns)
        {
            var reference = AsExpected(Assert.Single(client.Requests));
            foreach (var sample in executed.Where(r => r.OperationId == client.OperationId && r.TargetId != client.TargetId))
            {
                // A browser's own headers (Referer, sec-ch-*) are the browser's, not the sample's: judged as verify judges them.
                var browserOwned = report.Targets.Single(t => t.Id == sample.TargetId).BrowserOwnedHeaders;
                var differences = ExpectedRequestComparer.Compare(reference, sample.Requests, exactHeaderNames: false, browserOwned);
                Assert.True(differences.Count == 0, $"{sample.OperationId} {sample.TargetId} differs from the generated client: {string.Join("; ", differences)}");
                compared++;
            }
        }

        // Every executed target but Swift (parsed only): the generated client against each of the others, per operation.
        Assert.Equal(report.Operations.Count * (TemplatePack.Embedded.Targets.Count - 2), compared);
    }

    /// <summary>The generated client's request as the request the others must match: its judged headers and its body.</summary>
    private static ExpectedRequest AsExpected(RecordedRequest request) => new(
        request.Method,
        "https://127.0.0.1" + request.RawTarget,
        request.Headers
            .Where(h => !IgnoredHeaders.IsIgnored(h.Key))
            .Select(h => new HttpHeader(h.Key, h.Value))
            .ToEquatableArray(),
        request.Body.Length == 0 ? null : new JsonBody(Encoding.UTF8.GetString(request.Body)));
}
