using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using Xunit.Abstractions;

namespace HookSnippets.Conformance.Tests;

[Collection(ConformanceSuite.Name)]
public sealed class HostileDescriptionTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_target_sends_the_hostile_requests_exactly()
    {
        var report = Verification.Run(Repository.HostileDescription, output);
        Assert.NotEmpty(report.Operations);
        Assert.True(report.Count(SampleOutcome.Fail) == 0, ResultMatrix.Write(report));
        Verification.SkipUnlessComplete(report);
        Assert.All(report.Results, r => Assert.Equal(r.TargetId == "swift-urlsession" ? SampleOutcome.ParsedOnly : SampleOutcome.Pass, r.Outcome));
    }
}
