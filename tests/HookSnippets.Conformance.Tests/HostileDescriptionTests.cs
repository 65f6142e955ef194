using HookSnippets.Verification.Matrix;
using HookSnippets.Snippets.Rendering;
using Xunit.Abstractions;

namespace HookSnippets.Conformance.Tests;

[Collection(ConformanceSuite.Name)]
public sealed class HostileDescriptionTests(ITestOutputHelper output)
{
    /// <summary>
    /// Unirest 1.4 decodes the path before sending it, so the two operations whose path value holds %2F are declined
    /// with a located HS3008 rather than sent wrong (<see cref="KnownLimits"/>).
    /// </summary>
    private static readonly Dictionary<string, string[]> DeclaredLimits = new(StringComparer.Ordinal)
    {
        ["java-unirest"] = ["hooks.secrets.create", "hooks.secrets.delete"],
        ["ocaml-cohttp"] = ["hooks.list"],
    };

    [SkippableFact]
    public void Every_target_sends_the_hostile_requests_exactly()
    {
        var report = EveryTargetRun.Of(Repository.HostileDescription);
        output.WriteLine(ResultMatrix.Write(report));
        Assert.NotEmpty(report.Operations);
        Assert.Equal(TemplatePack.Embedded.Targets, report.Targets);
        KnownLimits.AssertExactly(report, DeclaredLimits);
        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, Repository.Read(Repository.HostileDescription), declaredLimitsChecked: true);
    }
}
