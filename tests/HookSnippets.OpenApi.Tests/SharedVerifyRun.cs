using HookSnippets.Description.Model;
using HookSnippets.Verification;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// One <c>verify</c> run for every description the import tests verify: three operations of each corpus file
/// (<see cref="CorpusTests"/>) and twenty of the whole Management API (<see cref="VerifySampleTests"/>). Each
/// toolchain's fixed cost (the .NET, Rust and Crystal compiles, the JVM and Chromium start-ups) is then paid once
/// rather than once per file: 14 runs took 13 minutes of this project's 16. The first test that asks starts the run;
/// each test judges its own description's report.
/// </summary>
internal static class SharedVerifyRun
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, VerifyReport>>> Reports = new(RunAsync);

    /// <summary>The report of <paramref name="key"/>: a file of <see cref="CorpusTests"/>, or <see cref="VerifySampleTests.Key"/>.</summary>
    public static async Task<VerifyReport> ReportAsync(string key) => (await Reports.Value)[key];

    private static async Task<IReadOnlyDictionary<string, VerifyReport>> RunAsync()
    {
        var parts = new List<(string Key, ApiDescription Api, IReadOnlyList<Operation> Operations)>();
        foreach (var spec in CorpusTests.Files)
        {
            var api = CorpusTests.Import(spec).Description!;
            parts.Add((spec, api, CorpusTests.VerifiedOperations(api)));
        }

        var management = VerifySampleTests.Import();
        parts.Add((VerifySampleTests.Key, management, VerifySampleTests.VerifiedOperations(management)));

        var reports = await DownstreamStages.VerifyAsync([.. parts.Select(p => (p.Api, p.Operations))]);
        return parts.Select((part, i) => (part.Key, Report: reports[i])).ToDictionary(p => p.Key, p => p.Report);
    }
}
