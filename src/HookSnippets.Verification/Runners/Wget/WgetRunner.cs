using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// shell-wget: <c>bash sample.sh</c>. wget ignores SSL_CERT_FILE and has no CA variable of its own: it reads the
/// bundle from <c>ca_certificate</c> in the wgetrc that WGETRC names, which this runner writes once per run. Nothing
/// else is added: the sample's own options make wget print the status line (<c>--server-response</c>, on stderr)
/// and the body, and exit 8 on a 4xx or 5xx answer. wget adds <c>Accept-Encoding: identity</c>, one of the headers
/// verify ignores for every runtime.
/// </summary>
public sealed class WgetRunner : BashRunner
{
    public override string Name => "wget";

    /// <summary><c>GNU Wget 1.21.3 built on linux-gnu.</c>: the name and version.</summary>
    public override ToolchainStatus Detect(RunContext context) =>
        DetectClient("wget", "--version", version => string.Join(' ', version.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3)));

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command("bash", [file], folder);
        command.Environment["WGETRC"] = WriteOnce(context, "wget-home", ".wgetrc", Wgetrc(context.Trust.Bundle));
        return command;
    }

    /// <summary>The run's CA bundle (system roots and the test CA), the one setting verify gives wget.</summary>
    internal static string Wgetrc(string bundle) => $"ca_certificate = {bundle}\n";
}
