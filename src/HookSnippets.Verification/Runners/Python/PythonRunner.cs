using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// python-requests and python-httpclient with Debian's <c>/usr/bin/python3</c> (where python3-requests installs)
/// when present. http.client reads SSL_CERT_FILE; requests reads only REQUESTS_CA_BUNDLE.
/// </summary>
public sealed class PythonRunner : ScriptRunner
{
    public override string Name => "python";

    protected override IReadOnlyList<string> Languages { get; } = ["python"];

    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine(Python, "--version") is not { } version)
        {
            return ToolchainStatus.Missing(Name, "apt-get install python3 python3-requests");
        }

        return ProcessRun.VersionLine(Python, "-c", "import requests; print(requests.__version__)") is { } requests
            ? ToolchainStatus.Found(Name, $"{version}, requests {requests}")
            : ToolchainStatus.Missing(Name, $"requests is missing for {Python}: apt-get install python3-requests");
    }

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command(Python, [file], folder);
        command.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
        command.Environment["REQUESTS_CA_BUNDLE"] = context.Trust.Bundle;
        command.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        return command;
    }
}
