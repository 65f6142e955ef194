using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using Xunit.Abstractions;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// Several descriptions in one verify run (<see cref="Verifier.RunAsync(IReadOnlyList{VerifyOptions}, IVerifyProgress, CancellationToken)"/>):
/// each gets its own report with its own rows, and its csharp-client samples compile against the client generated from
/// its own description (the auth-bodies samples name <c>AuthBodies.AuthBodiesClient</c>, which the shipped
/// description's client does not have). The same description twice, with the same operation ids, must not make two
/// samples share a folder.
/// </summary>
[Collection(ConformanceSuite.Name)]
public sealed class MultiDescriptionRunTests(ITestOutputHelper output)
{
    private static readonly string[] Targets = ["csharp-client", "python-requests", "go-nethttp"];

    [SkippableFact]
    public async Task Each_description_gets_its_own_report_and_its_own_generated_client()
    {
        string[][] operations = [["hooks.create", "hooks.get"], ["auth.basic.get", "uploads.create"], ["hooks.create"]];
        string[] descriptions = [Repository.ShippedDescription, Repository.AuthBodiesDescription, Repository.ShippedDescription];

        var reports = await Verifier.RunAsync(
            [.. descriptions.Select((d, i) => Verification.Options(d, Targets, operations[i]))],
            SilentProgress.Instance);

        Assert.Equal(3, reports.Count);
        for (var i = 0; i < reports.Count; i++)
        {
            output.WriteLine(ResultMatrix.Write(reports[i]));
            Verification.SkipUnlessComplete(reports[i]);
            Assert.Equal(operations[i], reports[i].Operations);
            Assert.Equal(Path.GetFileName(descriptions[i]), reports[i].Selection!.Description);
            Assert.Equal(operations[i].Length * Targets.Length, reports[i].Results.Count);
            Assert.All(reports[i].Results, r => Assert.True(r.Outcome == SampleOutcome.Pass, $"{r.OperationId}/{r.TargetId}: {string.Join("; ", r.Differences)}\n{r.Log}"));
        }
    }

    [Fact]
    public async Task Descriptions_that_disagree_on_what_the_run_shares_are_refused()
    {
        var first = Verification.Options(Repository.ShippedDescription, Targets);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Verifier.RunAsync([first, first with { SampleTimeout = TimeSpan.FromSeconds(5) }], SilentProgress.Instance));

        Assert.Contains("share", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => Verifier.RunAsync([], SilentProgress.Instance));
    }
}
