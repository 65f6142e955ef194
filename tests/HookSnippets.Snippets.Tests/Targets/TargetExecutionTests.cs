using HookSnippets.Description.Model;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Tests.Hostile;
using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using Xunit.Abstractions;

namespace HookSnippets.Snippets.Tests.Targets;

/// <summary>
/// Samples executed by verify itself (rendered against its recording servers, run by the runner target.json names,
/// judged by the one strict <see cref="ExpectedRequestComparer"/>): every shipped target with the edge-case
/// description, and the hostile corpus with one target of each language. endpoints.json and the hostile fixture run
/// the same way in HookSnippets.Conformance.Tests.
/// </summary>
public sealed class TargetExecutionTests(ITestOutputHelper output)
{
    /// <summary>
    /// HEAD and OPTIONS, scalar, null, empty, <c>__proto__</c> and list-like bodies that native literals or HTTP
    /// libraries change, JSON null in untyped and typed positions, and an answer that is a string enum: every target
    /// but csharp-client, which runs below.
    /// </summary>
    [SkippableFact]
    public async Task Every_target_sends_the_edge_case_requests_exactly_and_prints_the_answer()
    {
        var api = TestSamples.Read(TestSamples.EdgeCases);
        var targets = TestSamples.Targets.Where(t => t.Id != "csharp-client").ToArray();
        var report = await VerifyAsync(api, RepositoryRoot.File(TestSamples.EdgeCases), [.. targets.Select(t => t.Id)]);

        Assert.Equal(targets, report.Targets);
        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, api);
    }

    /// <summary>
    /// The generated client sends the same edge-case requests, JSON null included (the sample writes it as the client
    /// accepts it), reads the string-enum answer the recording server gives from the schema, and sends
    /// <c>bodies.big_number</c> (an <c>integer</c> without format whose example does not fit <c>int</c>) as a long.
    /// </summary>
    [SkippableFact]
    public async Task The_generated_client_sends_the_edge_case_requests_exactly()
    {
        var api = TestSamples.Read(TestSamples.EdgeCases);
        var operations = api.Operations.Select(o => o.Id).ToArray();
        var report = await VerifyAsync(api, RepositoryRoot.File(TestSamples.EdgeCases), ["csharp-client"], operations);

        Assert.Equal(operations, report.Operations);
        Assert.Contains("bodies.big_number", report.Operations);
        Assert.Contains("bodies.untyped_nulls", report.Operations);
        Assert.Contains("responses.string_enum", report.Operations);
        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, api);
    }

    /// <summary>
    /// Every hostile string arrives byte for byte from one target of each language whose samples run (the first
    /// listed, or the one on the language's own HTTP stack), each through its language's escaping policy:
    /// interpreters, batched compiles (Java, Kotlin, Clojure, C, Objective-C, Rust, Crystal, C#) and the raw HTTP
    /// message. ocaml-cohttp declines (HS3008) the operations whose URL ocaml-uri would send re-encoded and must send
    /// the others exactly. Swift is parse-only; the browser targets share JavaScript's policy with node-fetch.
    /// </summary>
    [SkippableFact]
    public async Task Every_hostile_string_arrives_exactly()
    {
        string[] targets =
        [
            "shell-curl", "http-http11", "csharp-httpclient", "go-nethttp", "java-httpclient", "kotlin-okhttp", "clojure-cljhttp",
            "node-fetch", "typescript-fetch", "php-curl", "python-httpclient", "ruby-nethttp", "r-httr", "powershell-restmethod",
            "objc-nsurlsession", "c-libcurl", "rust-reqwest", "crystal-native", "ocaml-cohttp",
        ];
        using var folder = new TempFolder();
        var corpus = HostileCorpus.ForRecordingServer;
        var file = folder.Write("endpoints.json", corpus.Text);
        var report = await VerifyAsync(corpus.Description, file, targets);

        Assert.Equal(corpus.Description.Operations.Count * targets.Length, report.Results.Count);
        var declined = report.Results.Where(r => r.Outcome == SampleOutcome.NotSupported).ToArray();
        Assert.All(declined, r => Assert.StartsWith("HS3008: ocaml-cohttp: ocaml-uri 4", Assert.Single(r.Differences), StringComparison.Ordinal));
        Assert.Contains(report.Results, r => r.TargetId == "ocaml-cohttp" && r.Outcome == SampleOutcome.Pass);
        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, corpus.Description, declaredLimitsChecked: true);
    }

    private async Task<VerifyReport> VerifyAsync(ApiDescription api, string descriptionFile, IReadOnlyList<string> targets, IReadOnlyList<string>? operations = null)
    {
        var report = await Verifier.RunAsync(
            new VerifyOptions
            {
                Api = api,
                DescriptionPath = descriptionFile,
                Pack = TemplatePack.Embedded,
                Targets = targets,
                Operations = operations ?? [],
                ToolsDirectory = RepositoryRoot.File("tools"),
                SampleTimeout = TimeSpan.FromSeconds(60),
                Ci = Toolchain.IsCi,
            },
            SilentProgress.Instance);
        output.WriteLine(ResultMatrix.Write(report));
        return report;
    }
}
