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
    /// <summary>The report rows each target declares it cannot send exactly (<see cref="KnownLimits"/>). Any other row must pass.</summary>
    private static readonly Dictionary<string, string[]> DeclaredLimits = new(StringComparer.Ordinal)
    {
        ["shell-curl"] = ["uploads.metadata"],
        ["shell-wget"] = ["uploads.create", "uploads.metadata", "uploads.simple"],
        ["shell-httpie"] = ["uploads.create", "uploads.metadata"],
        ["http-http11"] = ["notes.create", "uploads.create", "uploads.metadata", "uploads.raw", "uploads.simple"],
        ["java-asynchttp"] = ["notes.create"],
        ["javascript-fetch"] = ["auth.cookie_key.get"],
        ["javascript-xhr"] = ["auth.cookie_key.get"],
        ["javascript-axios"] = ["auth.cookie_key.get"],
        ["javascript-jquery"] = ["auth.cookie_key.get"],
        ["ocaml-cohttp"] = ["auth.query_key.list"],
        ["ruby-faraday"] = ["notes.touch"],
        ["ruby-httparty"] = ["notes.touch"],
    };

    [SkippableFact]
    public void Every_target_sends_every_scheme_and_body_kind_exactly_or_declares_it_cannot()
    {
        var report = EveryTargetRun.Of(Repository.AuthBodiesDescription);
        output.WriteLine(ResultMatrix.Write(report));
        Assert.Equal(TemplatePack.Embedded.Targets, report.Targets);

        KnownLimits.AssertExactly(report, DeclaredLimits);

        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, Repository.Read(Repository.AuthBodiesDescription), declaredLimitsChecked: true);
    }
}
