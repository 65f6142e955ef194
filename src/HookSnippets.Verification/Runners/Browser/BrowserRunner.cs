using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// javascript-fetch, javascript-xhr, javascript-axios, javascript-jquery: browser samples, run in ONE headless Chromium
/// that the batch's hosts share (<see cref="ChromiumProcess"/>), each sample in a fresh browser context and page of its
/// worker's host (browser_host.mjs, puppeteer-core), so up to one sample per worker runs at once and every request
/// reaches the recorder of the sample's own worker. The page is on the sample's API origin, answered by the host
/// (see browser_host.mjs): same-origin, so the request is the sample's own, with no CORS preflight. The run's CA is
/// trusted through Chromium's own certificate store, an NSS database in a HOME folder made for the run; TLS checks stay
/// on. The syntax check parses each script as a module and each page's inline scripts (check_pages.mjs).
/// </summary>
public class BrowserRunner : ScriptRunner
{
    public override string Name => "browser";

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine("chromium", "--version") is not { } version)
        {
            return ToolchainStatus.Missing(Name, "chromium not found");
        }

        if (ProcessRun.Find("certutil") is null)
        {
            return ToolchainStatus.Missing(Name, "certutil (libnss3-tools) not found");
        }

        if (context.NodeModules is not { } modules || !Directory.Exists(Path.Combine(modules, "puppeteer-core")))
        {
            return ToolchainStatus.Missing(Name, "npm package puppeteer-core not installed");
        }

        // The libraries samples load from a CDN, answered with these copies (browser_host.mjs); a target's own pins say which it needs.
        var libraries = string.Concat(new[] { "axios", "jquery" }.Where(p => Directory.Exists(Path.Combine(modules, p))).Select(p => $", {p} {NodeRunner.PackageVersion(modules, p)}"));
        return ToolchainStatus.Found(Name, $"{version}, puppeteer-core {NodeRunner.PackageVersion(modules, "puppeteer-core")}{libraries}");
    }

    protected override string HostScript => "Browser/browser_host.mjs";

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var batch = await base.PrepareAsync(samples, context, ct).ConfigureAwait(false);
        foreach (var sample in batch.Samples)
        {
            // The host serves the page on the origin the sample calls.
            var url = new Uri(sample.Sample.Expected.Url);
            File.WriteAllText(Path.Combine(sample.Folder!, "origin.txt"), url.GetLeftPart(UriPartial.Authority) + "\n");
        }

        return batch with { Shared = new ChromiumProcess(context.Folder(Name, "chromium"), context) };
    }

    protected override string HostFile(string script, RunContext context)
    {
        // The host imports puppeteer-core: an ES module finds it only in a node_modules beside or above it.
        var folder = context.LinkNodeModules(context.Folder(Name));
        var host = Path.Combine(folder, Path.GetFileName(script));
        File.Copy(context.ExtractResource(script), host, overwrite: true);
        return host;
    }

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context) =>
        ProcessRun.Command("node", [file, Path.Combine(context.Folder(Name, "chromium"), "profile"), context.NodeModules ?? ""], folder);

    protected override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context) =>
        ProcessRun.Command("node", ["--experimental-vm-modules", "--no-warnings", context.ExtractResource("Browser/check_pages.mjs"), .. files], folder);
}
