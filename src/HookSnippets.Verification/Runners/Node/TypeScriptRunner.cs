using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// typescript-fetch: every sample is type-checked and compiled by one <c>tsc --strict</c> call (its start-up costs
/// seconds; a sample with a type error fails with tsc's messages about its file), then the emitted JavaScript runs
/// in the Node host as node-fetch's samples do. Compiled rather than run with Node's type stripping, which Debian's
/// Node 20 does not have (it came with Node 22.6) and which would not check a type anyway. The runner's folder is an
/// ES-module package (<c>package.json</c> with <c>"type": "module"</c>, as a reader's Node project would be), so with
/// <c>--module nodenext</c> a sample without imports is a module too and may await at top level; its node_modules
/// links to the tools' folder, where tsc finds typescript and @types/node.
/// </summary>
public sealed class TypeScriptRunner : NodeRunner
{
    public override string Name => "typescript";

    /// <summary>What the tsc call costs, spread over a batch: more than a Node sample, far less than a build per sample.</summary>
    public override double CostPerSample => 1.5;

    public override bool PreparesInBackground => true;

    protected override IReadOnlyList<string> HostPreloads => [];

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("node", "--version") is not { } version
            ? ToolchainStatus.Missing(Name, "node not found")
            : context.NodeModules is { } modules && File.Exists(Compiler(modules))
                ? ToolchainStatus.Found(Name, $"{version}, typescript {PackageVersion(modules, "typescript")}, @types/node {PackageVersion(modules, "@types/node")}")
                : ToolchainStatus.Missing(Name, "typescript not installed in the tools' node_modules");

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var batch = await base.PrepareAsync(samples, context, ct).ConfigureAwait(false);
        var root = ModulePackage(Root(context));
        var sources = batch.Samples.Select(s => s.Entry!).ToArray();
        var outcome = await ProcessRun.RunAsync(Tsc(["--newLine", "lf"], sources, root, context), context.Timeout * 3, ct).ConfigureAwait(false);
        var problems = ProblemsBySample(samples, outcome);
        var prepared = batch.Samples.Select((sample, i) =>
        {
            var emitted = Path.ChangeExtension(sample.Entry!, ".js");
            return problems[i] is null && File.Exists(emitted)
                ? PreparedSample.Hosted(sample.Sample, emitted, sample.Folder!)
                : PreparedSample.Judged(SampleResult.Failed(sample.Sample, outcome.TimedOut ? "tsc did not finish within the timeout" : "tsc --strict failed", problems[i] ?? outcome.Combined), sample.Sample);
        }).ToArray();
        return batch with { Samples = prepared };
    }

    /// <summary>The type check is the syntax check: one <c>tsc --strict --noEmit</c> over every file.</summary>
    protected override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context) =>
        Tsc(["--noEmit"], files, ModulePackage(context.LinkNodeModules(folder)), context);

    /// <summary>
    /// tsc with the options of a strict Node ES-module project: <c>--strict</c>, Node's module rules, @types/node as
    /// the only ambient types, the library declarations trusted (<c>--skipLibCheck</c>, as <c>tsc --init</c> sets
    /// it), one error a line naming its file (<c>--pretty false</c>). Files on the command line: no tsconfig is read.
    /// </summary>
    private static ProcessStartInfo Tsc(IReadOnlyList<string> options, IReadOnlyList<string> files, string folder, RunContext context) =>
        ProcessRun.Command(
            "node",
            [Compiler(context.NodeModules ?? Path.Combine(folder, "node_modules")), "--strict", "--module", "nodenext", "--target", "es2022", "--types", "node", "--skipLibCheck", "--pretty", "false", .. options, .. files],
            folder);

    private static string Compiler(string nodeModules) => Path.Combine(nodeModules, "typescript", "bin", "tsc");

    /// <summary>Makes <paramref name="folder"/> an ES-module package, so that Node and tsc read every file below it as a module.</summary>
    private static string ModulePackage(string folder)
    {
        File.WriteAllText(Path.Combine(folder, "package.json"), "{ \"type\": \"module\" }\n");
        return folder;
    }
}
