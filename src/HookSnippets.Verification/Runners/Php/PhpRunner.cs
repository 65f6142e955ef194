using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// php-curl: <c>php -d curl.cainfo=BUNDLE sample.php</c> (PHP's curl ignores SSL_CERT_FILE). The syntax check
/// compiles every file in one php (check_syntax.php).
/// </summary>
public sealed class PhpRunner : ScriptRunner
{
    public override string Name => "php";

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine("php", "--version") is not { } version)
        {
            return ToolchainStatus.Missing(Name, "php not found");
        }

        return ProcessRun.VersionLine("php", "-r", "echo extension_loaded('curl') ? 'curl' : '';") == "curl"
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "the PHP curl extension is missing");
    }

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context) =>
        ProcessRun.Command("php", ["-d", "curl.cainfo=" + context.Trust.Bundle, file], folder);

    protected override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context) =>
        ProcessRun.Command("php", ["-d", "opcache.enable_cli=1", context.ExtractResource("Php/check_syntax.php"), .. files], folder);
}
