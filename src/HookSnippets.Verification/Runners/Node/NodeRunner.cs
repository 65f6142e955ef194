using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// node-fetch, node-axios, node-native and node-undici: each sample runs as <c>node sample.mjs</c> would, imported as
/// a fresh module by a host process (sample_host.mjs) that has loaded axios and undici once. ES modules resolve
/// packages only from a node_modules folder beside or above the file (NODE_PATH is ignored by <c>import</c>), so the
/// runner's folder, which holds the samples' folders and the host, links to the tools' node_modules; a target whose
/// npm packages (target.json) are not there is skipped. NODE_EXTRA_CA_CERTS adds the run's CA to Node's built-in
/// roots. The syntax check parses every file as a module in one node (check_modules.mjs).
/// </summary>
public class NodeRunner : ScriptRunner
{
    public override string Name => "node";

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("node", "--version") is { } version
            ? ToolchainStatus.Found(Name, version + string.Concat(HostPreloads.Where(p => context.NodeModules is { } m && Directory.Exists(Path.Combine(m, p))).Select(p => $", {p} {PackageVersion(context.NodeModules!, p)}")))
            : ToolchainStatus.Missing(Name, "node not found");

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

    protected override string HostScript => "Node/sample_host.mjs";

    protected override IReadOnlyList<string> HostPreloads => ["axios", "undici"];

    protected override string HostFile(string script, RunContext context)
    {
        var host = Path.Combine(Root(context), Path.GetFileName(script));
        File.Copy(context.ExtractResource(script), host, overwrite: true);
        return host;
    }

    protected override string SampleFolder(Sample sample, RunContext context) => Path.Combine(Root(context), sample.Slug);

    /// <summary>The runner's folder, linked to the tools' node_modules.</summary>
    protected string Root(RunContext context) => context.LinkNodeModules(context.Folder(Name));

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command("node", [file], folder);
        command.Environment["NODE_EXTRA_CA_CERTS"] = context.Trust.CaPem;
        return command;
    }

    protected override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context) =>
        ProcessRun.Command("node", ["--experimental-vm-modules", "--no-warnings", context.ExtractResource("Node/check_modules.mjs"), .. files], folder);
}
