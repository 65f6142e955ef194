using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// swift-urlsession: no Swift toolchain exists for this platform, so samples get a real tree-sitter-swift parse
/// (parse-swift.mjs, one Node process for all files): no ERROR or MISSING node gives "parsed-only", never "pass".
/// </summary>
public sealed class SwiftRunner : SampleRunner
{
    public override string Name => "swift (tree-sitter parse)";

    public override bool Handles(SnippetTarget target) => target.Language == "swift";

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine("node", "--version") is not { } node)
        {
            return ToolchainStatus.Missing(Name, "install Node.js 18 or later, then scripts/install-toolchains.sh for tree-sitter-swift");
        }

        return context.NodeModules is { } modules && Directory.Exists(Path.Combine(modules, "tree-sitter")) && Directory.Exists(Path.Combine(modules, "tree-sitter-swift"))
            ? ToolchainStatus.Found(Name, $"tree-sitter {NodeRunner.PackageVersion(modules, "tree-sitter")}, tree-sitter-swift {NodeRunner.PackageVersion(modules, "tree-sitter-swift")} on node {node}")
            : ToolchainStatus.Missing(Name, "tree-sitter is not installed: run scripts/install-toolchains.sh, or npm install --ignore-scripts --prefix DIR tree-sitter@0.22.4 tree-sitter-swift@0.7.1 and pass --tools DIR");
    }

    public override async Task<IReadOnlyList<PreparedSample>> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var script = context.ExtractResource("swift/parse-swift.mjs");
        if (script is null)
        {
            return samples.Select(s => PreparedSample.Judged(SampleResult.Failed(s, "parse-swift.mjs is not shipped in this build of verify"), s)).ToArray();
        }

        var folder = context.Folder("swift");
        var files = samples.Select(s => WriteSample(s, folder, s.Slug + ".swift")).ToArray();
        var outcome = await ProcessRun.RunAsync(
            ProcessRun.Command("node", [script, context.NodeModules!, .. files], folder), context.Timeout * 3, ct).ConfigureAwait(false);
        var problems = outcome.Error.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        return samples.Select((sample, i) =>
        {
            var own = problems.Where(p => p.StartsWith(files[i] + ":", StringComparison.Ordinal)).Select(p => sample.Target.FileName + p[files[i].Length..]).ToArray();
            var explained = problems.Any(p => files.Any(f => p.StartsWith(f + ":", StringComparison.Ordinal)));
            if (outcome.TimedOut || (outcome.ExitCode != 0 && !explained))
            {
                return CompileFailed(sample, "tree-sitter parse", outcome);
            }

            var verdict = own.Length == 0
                ? new SampleResult(sample.OperationId, sample.Target.Id, SampleOutcome.ParsedOnly, ["parsed with tree-sitter-swift: no syntax error (no Swift runtime here, not executed)"], [], sample.Expected, "", outcome.Duration)
                : SampleResult.Failed(sample, "tree-sitter-swift found syntax errors: " + string.Join("; ", own), string.Join("\n", own));
            return PreparedSample.Judged(verdict, sample);
        }).ToArray();
    }
}
