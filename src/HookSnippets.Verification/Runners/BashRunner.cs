using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// A shell target: each sample is a bash script run as <c>bash sample.sh</c>, calling one command-line client. The
/// syntax check is <c>bash -n</c> on each file, from one bash. A runner gives its client the run's CA through the
/// client's own configuration, never through the sample's text.
/// </summary>
public abstract class BashRunner : ScriptRunner
{
    /// <summary>Found when bash is there and the client prints a version line.</summary>
    protected ToolchainStatus DetectClient(string program, string versionFlag, Func<string, string> shorten) =>
        ProcessRun.Find("bash") is null
            ? ToolchainStatus.Missing(Name, "bash not found")
            : ProcessRun.VersionLine(program, versionFlag) is { } version
                ? ToolchainStatus.Found(Name, shorten(version))
                : ToolchainStatus.Missing(Name, program + " not found");

    protected sealed override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context) =>
        ProcessRun.Command("bash", ["-c", "status=0; for f; do bash -n \"$f\" || status=1; done; exit $status", "check", .. files], folder);

    /// <summary>A configuration file that every sample of the run reads, written once into the run's folder <paramref name="name"/>.</summary>
    protected static string WriteOnce(RunContext context, string name, string fileName, string text)
    {
        var folder = context.Folder(name);
        var file = Path.Combine(folder, fileName);
        if (!File.Exists(file))
        {
            File.WriteAllText(file, text);
        }

        return file;
    }
}
