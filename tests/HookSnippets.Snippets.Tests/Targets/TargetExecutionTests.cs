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
/// the same way in HookSnippets.Conformance.Tests. The three tests share one verify run (<see cref="Reports"/>), so each
/// toolchain is prepared and started once for all of them.
/// </summary>
public sealed class TargetExecutionTests(ITestOutputHelper output)
{
    /// <summary>The 19 targets, one per language, that the hostile corpus runs on.</summary>
    private static readonly string[] HostileTargets =
    [
        "shell-curl", "http-http11", "csharp-httpclient", "go-nethttp", "java-httpclient", "kotlin-okhttp", "clojure-cljhttp",
        "node-fetch", "typescript-fetch", "php-curl", "python-httpclient", "ruby-nethttp", "r-httr", "powershell-restmethod",
        "objc-nsurlsession", "c-libcurl", "rust-reqwest", "crystal-native", "ocaml-cohttp",
    ];

    private static readonly ApiDescription EdgeCases = TestSamples.Read(TestSamples.EdgeCases);

    /// <summary>The edge cases on every target but csharp-client, on csharp-client, and the hostile corpus: one run.</summary>
    private static readonly Lazy<IReadOnlyList<VerifyReport>> Reports = new(() =>
    {
        using var folder = new TempFolder();
        var corpus = folder.Write("endpoints.json", HostileCorpus.ForRecordingServer.Text);
        var edgeCases = RepositoryRoot.File(TestSamples.EdgeCases);
        return Verifier.RunAsync(
            [
                Options(EdgeCases, edgeCases, [.. TestSamples.Targets.Where(t => t.Id != "csharp-client").Select(t => t.Id)]),
                Options(EdgeCases, edgeCases, ["csharp-client"]),
                Options(HostileCorpus.ForRecordingServer.Description, corpus, HostileTargets),
            ],
            SilentProgress.Instance).GetAwaiter().GetResult();
    });

    /// <summary>
    /// HEAD and OPTIONS, scalar, null, empty, <c>__proto__</c> and list-like bodies that native literals or HTTP
    /// libraries change, JSON null in untyped and typed positions, and an answer that is a string enum: every target
    /// but csharp-client, which runs below.
    /// </summary>
    [SkippableFact]
    public void Every_target_sends_the_edge_case_requests_exactly_and_prints_the_answer()
    {
        var targets = TestSamples.Targets.Where(t => t.Id != "csharp-client").ToArray();
        var report = Report(0);

        Assert.Equal(targets, report.Targets);
        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, EdgeCases);
    }

    /// <summary>
    /// The generated client sends the same edge-case requests, JSON null included (the sample writes it as the client
    /// accepts it), reads the string-enum answer the recording server gives from the schema, and sends
    /// <c>bodies.big_number</c> (an <c>integer</c> without format whose example does not fit <c>int</c>) as a long.
    /// </summary>
    [SkippableFact]
    public void The_generated_client_sends_the_edge_case_requests_exactly()
    {
        var report = Report(1);

        Assert.Equal(EdgeCases.Operations.Select(o => o.Id), report.Operations);
        Assert.Contains("bodies.big_number", report.Operations);
        Assert.Contains("bodies.untyped_nulls", report.Operations);
        Assert.Contains("responses.string_enum", report.Operations);
        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, EdgeCases);
    }

    /// <summary>
    /// Every hostile string arrives byte for byte from one target of each language whose samples run (the first
    /// listed, or the one on the language's own HTTP stack), each through its language's escaping policy:
    /// interpreters, batched compiles (Java, Kotlin, Clojure, C, Objective-C, Rust, Crystal, C#) and the raw HTTP
    /// message. ocaml-cohttp declines (HS3008) the operations whose URL ocaml-uri would send re-encoded and must send
    /// the others exactly. Swift is parse-only; the browser targets share JavaScript's policy with node-fetch.
    /// </summary>
    [SkippableFact]
    public void Every_hostile_string_arrives_exactly()
    {
        var corpus = HostileCorpus.ForRecordingServer;
        var report = Report(2);

        Assert.Equal(corpus.Description.Operations.Count * HostileTargets.Length, report.Results.Count);
        var declined = report.Results.Where(r => r.Outcome == SampleOutcome.NotSupported).ToArray();
        Assert.All(declined, r => Assert.StartsWith("HS3008: ocaml-cohttp: ocaml-uri 4", Assert.Single(r.Differences), StringComparison.Ordinal));
        Assert.Contains(report.Results, r => r.TargetId == "ocaml-cohttp" && r.Outcome == SampleOutcome.Pass);
        VerifiedSamples.AssertEachPassedAndPrintedTheAnswer(report, corpus.Description, declaredLimitsChecked: true);
    }

    private static VerifyOptions Options(ApiDescription api, string descriptionFile, IReadOnlyList<string> targets) => new()
    {
        Api = api,
        DescriptionPath = descriptionFile,
        Pack = TemplatePack.Embedded,
        Targets = targets,
        ToolsDirectory = RepositoryRoot.File("tools"),
        SampleTimeout = TimeSpan.FromSeconds(60),
        Ci = Toolchain.IsCi,
    };

    private VerifyReport Report(int index)
    {
        var report = Reports.Value[index];
        output.WriteLine(ResultMatrix.Write(report));
        return report;
    }
}
