using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>php-curl: <c>php -d curl.cainfo=BUNDLE sample.php</c> (PHP's curl ignores SSL_CERT_FILE).</summary>
public sealed class PhpRunner : ScriptRunner
{
    public override string Name => "php";

    protected override IReadOnlyList<string> Languages { get; } = ["php"];

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine("php", "--version") is not { } version)
        {
            return ToolchainStatus.Missing(Name, "apt-get install php-cli php-curl");
        }

        return ProcessRun.VersionLine("php", "-r", "echo extension_loaded('curl') ? 'curl' : '';") == "curl"
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "the PHP curl extension is missing: apt-get install php-curl");
    }

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context) =>
        ProcessRun.Command("php", ["-d", "curl.cainfo=" + context.Trust.Bundle, file], folder);
}
