using HookSnippets.Snippets.Rendering;
using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using Xunit.Abstractions;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// verify on tests/fixtures/auth-bodies.endpoints.json: every auth scheme (basic, API keys in header, query and cookie,
/// OAuth2, a public operation) and body kind (form, multipart with files, text, file upload, vendor JSON, named
/// examples) with hostile values, on every target. The generated client (csharp-client) is one of them: verify
/// compares every sample, the client's included, with the one expected request of its row, so a row that passes on
/// the client and on a target means both sent the same request (multipart boundaries aside, which the comparison
/// reads rather than matches).
/// </summary>
[Collection(ConformanceSuite.Name)]
public sealed class AuthAndBodyKindTests(ITestOutputHelper output)
{
    /// <summary>
    /// The report rows each target declares it cannot send exactly (its template calls <c>cannot_send</c>, or the
    /// generated client lacks the feature: HS3008, HS3009); docs/templates.md says why. Any other row must pass.
    /// </summary>
    private static readonly Dictionary<string, string[]> KnownLimits = new(StringComparer.Ordinal)
    {
        ["shell-curl"] = ["uploads.metadata"],
        ["shell-wget"] = ["uploads.create", "uploads.metadata", "uploads.simple"],
        ["shell-httpie"] = ["uploads.create", "uploads.metadata"],
        ["http-http11"] = ["notes.create", "uploads.create", "uploads.metadata", "uploads.raw", "uploads.simple"],
        ["java-asynchttp"] = ["notes.create"],
    };

    private static readonly Lazy<VerifyReport> Report = new(() => Verification.Run(Repository.AuthBodiesDescription, null));

    [SkippableFact]
    public void Every_target_sends_every_scheme_and_body_kind_exactly_or_declares_it_cannot()
    {
        var report = Report.Value;
        output.WriteLine(ResultMatrix.Write(report));
        Assert.Equal(TemplatePack.Embedded.Targets, report.Targets);

        var unsupported = report.Results.Where(r => r.Outcome == SampleOutcome.NotSupported).ToArray();
        var undeclared = unsupported.Where(r => !KnownLimits.GetValueOrDefault(r.TargetId, []).Contains(r.OperationId)).ToArray();
        Assert.True(undeclared.Length == 0, "not supported without being a known limit:\n" + string.Join("\n", undeclared.Select(r => $"{r.OperationId} / {r.TargetId}: {string.Join("; ", r.Differences)}")));
        var stale = KnownLimits.SelectMany(l => l.Value.Select(row => (Target: l.Key, Row: row)))
            .Where(l => !unsupported.Any(r => r.TargetId == l.Target && r.OperationId == l.Row))
            .ToArray();
        Assert.True(stale.Length == 0, "known limits that are not reported (remove them): " + string.Join(", ", stale.Select(s => $"{s.Row} / {s.Target}")));
        Assert.All(unsupported, r => Assert.Matches("^HS300[89]: ", r.Differences[0]));

        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, Repository.Read(Repository.AuthBodiesDescription), declaredLimitsChecked: true);
    }
}
