namespace HookSnippets.Verification.Runners;

/// <summary>
/// swift-urlsession: no Swift toolchain exists for this platform, so samples get a real tree-sitter-swift parse
/// (parse-swift.mjs, one Node process for all files): no ERROR or MISSING node gives "parsed-only", never "pass".
/// tree-sitter and tree-sitter-swift are the target's npm packages (target.json). The parse is also the syntax check.
/// </summary>
public sealed class SwiftRunner : SampleRunner
{
    public override string Name => "tree-sitter-swift";

    /// <summary>A parse, never run per sample, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 0.1;

    public override bool Executes => false;

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine("node", "--version") is not { } node)
        {
            return ToolchainStatus.Missing(Name, "node not found");
        }

        return context.NodeModules is { } modules && Directory.Exists(Path.Combine(modules, "tree-sitter-swift"))
            ? ToolchainStatus.Found(Name, $"tree-sitter {NodeRunner.PackageVersion(modules, "tree-sitter")}, tree-sitter-swift {NodeRunner.PackageVersion(modules, "tree-sitter-swift")} on node {node}")
            : ToolchainStatus.Found(Name, $"node {node}");
    }

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var (outcome, problems) = await ParseAsync(samples, context, ct).ConfigureAwait(false);
        return PreparedBatch.Processes(samples.Select((sample, i) =>
        {
            if (Unexplained(samples, outcome))
            {
                return CompileFailed(sample, "tree-sitter parse", outcome);
            }

            var verdict = problems[i] is not { } own
                ? new SampleResult(sample.Row, sample.Target.Id, SampleOutcome.ParsedOnly, ["parsed with tree-sitter-swift: no syntax error (no Swift runtime here, not executed)"], [], sample.Expected, "", outcome.Duration)
                : SampleResult.Failed(sample, "tree-sitter-swift found syntax errors: " + own.Replace("\n", "; ", StringComparison.Ordinal), own);
            return PreparedSample.Judged(verdict, sample);
        }).ToArray());
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct) =>
        (await ParseAsync(samples, context, ct).ConfigureAwait(false)).Problems;

    /// <summary>Problems are reported as <c>&lt;target file&gt;:line:column: message</c>, the path of the work folder left out.</summary>
    private static async Task<(ProcessOutcome Outcome, IReadOnlyList<string?> Problems)> ParseAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var folder = context.Folder("swift");
        var files = samples.Select(s => WriteSample(s, Path.Combine(folder, s.Slug), s.Target.FileName)).ToArray();
        var outcome = await ProcessRun.RunAsync(
            ProcessRun.Command("node", [context.ExtractResource("Swift/parse-swift.mjs"), context.NodeModules ?? folder, .. files], folder), context.Timeout * 3, ct).ConfigureAwait(false);
        var problems = ProblemsBySample(samples, outcome)
            .Select((problem, i) => problem?.Replace(Path.GetDirectoryName(files[i]) + "/", "", StringComparison.Ordinal))
            .ToArray();
        return (outcome, problems);
    }
}
