using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>shell-curl: <c>bash sample.sh</c>; curl reads the CA bundle from CURL_CA_BUNDLE (it ignores SSL_CERT_FILE).</summary>
public sealed class CurlRunner : ScriptRunner
{
    public override string Name => "curl";

    protected override IReadOnlyList<string> Languages { get; } = ["shell"];

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.Find("bash") is null
            ? ToolchainStatus.Missing(Name, "bash is required: apt-get install bash")
            : ProcessRun.VersionLine("curl", "--version") is { } version
                ? ToolchainStatus.Found(Name, version)
                : ToolchainStatus.Missing(Name, "apt-get install curl");

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command("bash", [file], folder);
        command.Environment["CURL_CA_BUNDLE"] = context.Trust.Bundle;
        return command;
    }
}
