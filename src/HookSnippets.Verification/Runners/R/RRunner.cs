using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// r-httr: each sample runs as <c>Rscript sample.r</c> would, in a child that sample_host.R forks once httr is loaded
/// (Rscript with httr takes about a second to start). httr reads no CA variable of its own: the samples pass the
/// bundle named in CURL_CA_BUNDLE to curl, which this runner sets. The syntax check parses every file in one Rscript
/// (check_syntax.R).
/// </summary>
public sealed class RRunner : ScriptRunner
{
    public override string Name => "r";

    /// <summary>A forked R per sample, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 2;

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("Rscript", "--version") is { } version
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "Rscript not found");

    protected override string HostScript => "R/sample_host.R";

    protected override IReadOnlyList<string> HostPreloads => ["httr"];

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command("Rscript", [file], folder);
        command.Environment["CURL_CA_BUNDLE"] = context.Trust.Bundle;
        return command;
    }

    protected override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context) =>
        ProcessRun.Command("Rscript", [context.ExtractResource("R/check_syntax.R"), .. files], folder);
}
