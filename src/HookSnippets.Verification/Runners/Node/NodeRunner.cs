using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// node-fetch and node-axios: <c>node sample.mjs</c>. ES modules resolve packages only from a node_modules folder
/// beside or above the file (NODE_PATH is ignored by <c>import</c>), so the runner's folder links to the tools'
/// node_modules. NODE_EXTRA_CA_CERTS adds the run's CA to Node's built-in roots.
/// </summary>
public sealed class NodeRunner : ScriptRunner
{
    public override string Name => "node";

    protected override IReadOnlyList<string> Languages { get; } = ["node"];

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine("node", "--version") is not { } version)
        {
            return ToolchainStatus.Missing(Name, "install Node.js 18 or later (https://nodejs.org or apt-get install nodejs)");
        }

        return HasAxios(context)
            ? ToolchainStatus.Found(Name, version + ", axios " + PackageVersion(context.NodeModules!, "axios"))
            : ToolchainStatus.Found(Name, version + ", axios not installed");
    }

    /// <summary>node-fetch needs Node only; node-axios samples are skipped (with the hint) when axios is not installed.</summary>
    public override async Task<IReadOnlyList<PreparedSample>> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var axios = HasAxios(context);
        var runnable = samples.Where(s => axios || s.Target.Client != "axios").ToArray();
        var prepared = await base.PrepareAsync(runnable, context, ct).ConfigureAwait(false);
        return
        [
            .. prepared,
            .. samples.Except(runnable).Select(s => PreparedSample.Judged(
                new SampleResult(s.OperationId, s.Target.Id, SampleOutcome.Skipped, [AxiosHint], [], s.Expected, "", TimeSpan.Zero), s)),
        ];
    }

    private const string AxiosHint = "axios is not installed: run scripts/install-toolchains.sh, or npm install --prefix DIR axios@1 and pass --tools DIR";

    private static bool HasAxios(RunContext context) =>
        context.NodeModules is { } modules && Directory.Exists(Path.Combine(modules, "axios"));

    /// <summary>The version of an npm package in a node_modules folder, read from its package.json.</summary>
    public static string PackageVersion(string nodeModules, string package)
    {
        var manifest = Path.Combine(nodeModules, package, "package.json");
        if (!File.Exists(manifest))
        {
            return "?";
        }

        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.TryGetProperty("version", out var version) ? version.GetString() ?? "?" : "?";
    }

    protected override string SampleFolder(Sample sample, RunContext context)
    {
        var root = context.Folder(Name);
        var link = Path.Combine(root, "node_modules");
        if (!Directory.Exists(link) && context.NodeModules is { } modules)
        {
            Directory.CreateSymbolicLink(link, modules);
        }

        return context.Folder(Name, sample.Slug);
    }

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command("node", [file], folder);
        command.Environment["NODE_EXTRA_CA_CERTS"] = context.Trust.CaPem;
        return command;
    }
}
