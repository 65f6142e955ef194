using HookSnippets.Snippets.Rendering;
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
        Assert.Equal(TemplatePack.Embedded.Targets, report.Targets);
        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, Repository.Read(Repository.HostileDescription));
    }
}
