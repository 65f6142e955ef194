using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// shell-httpie: <c>bash sample.sh</c>. HTTPie sends through requests, which reads the CA bundle from
/// REQUESTS_CA_BUNDLE. With no terminal HTTPie would read the body from stdin and print the body alone, so the runner
/// gives it what a reader's terminal gives, through a config of its own (HTTPIE_CONFIG_DIR), never in the sample's
/// text: <c>--ignore-stdin</c> and <c>--print=hb</c> (the status line, headers and body); and no update check. The
/// sample's own <c>--check-status</c> makes a 4xx answer exit 4 and a 5xx exit 5.
/// </summary>
public sealed class HttpieRunner : BashRunner
{
    public override string Name => "httpie";

    /// <summary><c>3.2.1</c>, named.</summary>
    public override ToolchainStatus Detect(RunContext context) => DetectClient("http", "--version", version => "HTTPie " + version.Trim());

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command("bash", [file], folder);
        command.Environment["REQUESTS_CA_BUNDLE"] = context.Trust.Bundle;
        command.Environment["HTTPIE_CONFIG_DIR"] = Path.GetDirectoryName(WriteOnce(context, "httpie-config", "config.json", Config))!;
        return command;
    }

    /// <summary>
    /// The options verify needs and a reader's terminal implies, and no update check: with a config folder it has not
    /// seen, HTTPie would start a daemon that fetches its latest version from the internet on every sample.
    /// </summary>
    internal const string Config = "{\"default_options\": [\"--ignore-stdin\", \"--print=hb\"], \"disable_update_warnings\": true}\n";
}
