using System.Diagnostics;
using HookSnippets.Snippets.Targets;
using HookSnippets.Verification.Toolchains;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// powershell-restmethod and powershell-webrequest: PowerShell 7, the <c>PowerShell</c> .NET tool that
/// <c>toolchains --install</c> puts into <c>TOOLS/dotnet-tools/powershell/&lt;version&gt;/</c> (target.json
/// <c>toolchain.dotnetTools</c>), else a <c>pwsh</c> on PATH. pwsh takes about a second to start, so each worker runs its
/// samples from one warm pwsh, each in a fresh runspace (sample_host.ps1), as <c>pwsh -File sample.ps1</c> would run
/// it. .NET on Linux reads its root certificates where OpenSSL does: SSL_CERT_FILE names the run's bundle. The syntax
/// check parses every file with PowerShell's own parser in one pwsh (check_syntax.ps1).
/// </summary>
public sealed class PowerShellRunner : ScriptRunner
{
    private static readonly string[] Options = ["-NoProfile", "-NonInteractive", "-File"];

    public override string Name => "powershell";

    /// <summary>A runspace per sample in a warm pwsh, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 3;

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine(Pwsh(context), "-NoProfile", "-NonInteractive", "-Command", "'PowerShell ' + $PSVersionTable.PSVersion") is { } version
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "pwsh not found: 'hooksnippets toolchains --install' installs the PowerShell .NET tool into the tools folder");

    /// <summary>Beyond npm: the target's pinned PowerShell tool in the tools folder, unless a pwsh is on PATH.</summary>
    public override string? MissingFor(SnippetTarget target, RunContext context)
    {
        var missing = target.Toolchain.DotnetTools
            .Where(pin => context.ToolsDirectory is not { } tools || !DotnetTools.Installed(tools, pin))
            .Select(pin => $"{pin.Name} {pin.Version}")
            .ToArray();
        return missing.Length > 0 && ProcessRun.Find("pwsh") is null
            ? $".NET tool {string.Join(", ", missing)} not installed in {Path.Combine(context.ToolsDirectory ?? "the tools folder", "dotnet-tools")}"
            : base.MissingFor(target, context);
    }

    protected override string HostScript => "PowerShell/sample_host.ps1";

    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command(Pwsh(context), [.. Options, file], folder);
        command.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
        // No telemetry ping and no update check at start: verify's runs are offline.
        command.Environment["POWERSHELL_TELEMETRY_OPTOUT"] = "1";
        command.Environment["POWERSHELL_UPDATECHECK"] = "Off";
        return command;
    }

    protected override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context) =>
        ProcessRun.Command(Pwsh(context), [.. Options, context.ExtractResource("PowerShell/check_syntax.ps1"), .. files], folder);

    /// <summary>The newest PowerShell tool installed in the tools folder, else <c>pwsh</c> from PATH.</summary>
    private static string Pwsh(RunContext context)
    {
        var folder = context.ToolsDirectory is { } tools ? Path.Combine(tools, "dotnet-tools", "powershell") : null;
        return folder is not null && Directory.Exists(folder)
            ? Directory.EnumerateDirectories(folder)
                .Select(version => Path.Combine(version, "pwsh"))
                .Where(File.Exists)
                .OrderByDescending(path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(path)), out var v) ? v : new Version(0, 0))
                .FirstOrDefault() ?? "pwsh"
            : "pwsh";
    }
}
