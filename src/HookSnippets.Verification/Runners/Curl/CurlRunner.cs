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
                ? ToolchainStatus.Found(Name, Shorten(version))
                : ToolchainStatus.Missing(Name, "apt-get install curl");

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
}
