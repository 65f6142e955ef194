using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// python-requests, python-httpx and python-httpclient with <c>/usr/bin/python3</c> (Debian's python3-requests lives there; a pyenv
/// python3 on PATH usually lacks requests). Each sample runs as <c>python3 sample.py</c> would, in a child that
/// sample_host.py forks once requests, httpx and http.client are loaded. requests reads REQUESTS_CA_BUNDLE, httpx and http.client
/// SSL_CERT_FILE. The syntax check compiles every file in one python3 (check_syntax.py).
/// </summary>
public sealed class PythonRunner : ScriptRunner
{
    public override string Name => "python";

    private static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine(Python, "--version") is not { } version)
        {
            return ToolchainStatus.Missing(Name, "python3 not found");
        }

        return ProcessRun.VersionLine(Python, "-c", "import requests; print(requests.__version__)") is { } requests
            ? ToolchainStatus.Found(Name, $"{version}, requests {requests}")
            : ToolchainStatus.Missing(Name, $"requests is missing for {Python}");
    }

    protected override string HostScript => "Python/sample_host.py";

    protected override IReadOnlyList<string> HostPreloads => ["requests", "httpx", "http.client", "json", "ssl"];

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command(Python, [file], folder);
        command.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
        command.Environment["REQUESTS_CA_BUNDLE"] = context.Trust.Bundle;
        command.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        return command;
    }

    protected override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context)
    {
        var command = ProcessRun.Command(Python, ["-W", "error", context.ExtractResource("Python/check_syntax.py"), .. files], folder);
        command.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        return command;
    }
}
