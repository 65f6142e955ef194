using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// shell-curl: <c>bash sample.sh</c>; curl reads the CA bundle from CURL_CA_BUNDLE (it ignores SSL_CERT_FILE). The
/// syntax check is <c>bash -n</c> on each file, from one bash.
/// </summary>
public sealed class CurlRunner : ScriptRunner
{
    public override string Name => "curl";

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.Find("bash") is null
            ? ToolchainStatus.Missing(Name, "bash not found")
            : ProcessRun.VersionLine("curl", "--version") is { } version
                ? ToolchainStatus.Found(Name, Shorten(version))
                : ToolchainStatus.Missing(Name, "curl not found");

    /// <summary><c>curl 7.88.1 libcurl/7.88.1 OpenSSL/3.0.19</c>: the version, libcurl and the TLS library, without the feature list.</summary>
    private static string Shorten(string version)
    {
        var words = version.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(2).Concat(words.Where(w => w.StartsWith("libcurl/", StringComparison.Ordinal)).Take(1)).Concat(words.Skip(3).Where(w => w.Contains('/', StringComparison.Ordinal) && !w.StartsWith("libcurl/", StringComparison.Ordinal)).Take(1)));
    }

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command("bash", [file], folder);
        command.Environment["CURL_CA_BUNDLE"] = context.Trust.Bundle;
        return command;
    }

    protected override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context) =>
        ProcessRun.Command("bash", ["-c", "status=0; for f; do bash -n \"$f\" || status=1; done; exit $status", "check", .. files], folder);
}
