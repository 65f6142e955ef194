using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// shell-curl: <c>bash sample.sh</c>; curl reads the CA bundle from CURL_CA_BUNDLE (it ignores SSL_CERT_FILE).
/// The sample holds only the options a reader types. The runner makes curl judge the response strictly through a
/// curlrc of its own (CURL_HOME), which curl reads before the command line: <c>--fail-with-body</c> (a non-2xx
/// status exits 22 after printing the body), <c>--silent --show-error</c> (no progress meter, transport errors
/// still shown) and a status line written after the body. The sample's text is run as it is.
/// </summary>
public sealed class CurlRunner : BashRunner
{
    public override string Name => "curl";

    public override ToolchainStatus Detect(RunContext context) => DetectClient("curl", "--version", Shorten);

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
        command.Environment["CURL_HOME"] = CurlHome(context);
        return command;
    }

    /// <summary>The options verify needs and a reader does not, in the one curlrc every sample of the run reads.</summary>
    internal const string Curlrc = "fail-with-body\nsilent\nshow-error\nwrite-out = \"\\n%{http_code}\\n\"\n";

    private static string CurlHome(RunContext context) => Path.GetDirectoryName(WriteOnce(context, "curl-home", ".curlrc", Curlrc))!;
}
