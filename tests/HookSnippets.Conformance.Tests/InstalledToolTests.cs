using System.Diagnostics;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Verification;
using Xunit.Abstractions;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// The packed tool, installed with <c>dotnet tool install --tool-path</c> from a local folder feed, runs verify from a
/// folder outside the repository: the Swift parse script, the Objective-C stand-in and the source generator ship inside it,
/// and npm packages come from <c>--tools</c>.
/// </summary>
[Collection(ConformanceSuite.Name)]
public sealed class InstalledToolTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("hooksnippets-tool-").FullName;

    [SkippableFact]
    public void The_installed_tool_verifies_samples_outside_the_repository()
    {
        var feed = Directory.CreateDirectory(Path.Combine(_temp, "feed")).FullName;
        var toolPath = Path.Combine(_temp, "tool");
        var work = Directory.CreateDirectory(Path.Combine(_temp, "work")).FullName;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

        // A version of its own, installed through a packages folder of its own: NuGet never reuses a stale package.
        var version = "0.0.0-conformance." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Run("dotnet", ["pack", Path.Combine(Repository.Root, "src", "HookSnippets.Cli", "HookSnippets.Cli.csproj"), "--no-build", "-c", configuration, "-o", feed, "-nologo", "-p:PackageVersion=" + version], Repository.Root);
        Run("dotnet", ["tool", "install", "HookSnippets.Cli", "--version", version, "--tool-path", toolPath, "--add-source", feed, "--ignore-failed-sources"], work);

        File.Copy(Repository.ShippedDescription, Path.Combine(work, "endpoints.json"));
        List<string> arguments =
        [
            "verify", "endpoints.json",
            "--target", "shell-curl", "--target", "python-requests", "--target", "swift", "--target", "objc",
            "--operation", "hooks.secrets.create", "--operation", "hooks.secrets.delete",
            "--tools", Repository.Tools, "--report", "report.md",
        ];
        if (TemplatePack.Embedded.Targets.Any(t => t.Id == "csharp-client"))
        {
            arguments.AddRange(["--target", "csharp-client"]);
        }

        var verify = Run(Path.Combine(toolPath, "hooksnippets"), arguments, work, allowFailure: true);
        var report = File.ReadAllText(Path.Combine(work, "report.md"));
        if (verify.ExitCode != 0 && !Toolchain.IsCi && report.Contains("## Skipped", StringComparison.Ordinal) && !report.Contains("## Failures", StringComparison.Ordinal))
        {
            Skip.If(true, "toolchains or templates missing:\n" + verify.Output);
        }

        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.Contains("hooks.secrets.create", verify.Output, StringComparison.Ordinal);
        Assert.Matches(@"objc-nsurlsession\s+pass\s+pass", verify.Output);
        Assert.Matches(@"swift-urlsession\s+parsed\s+parsed", verify.Output);
        Assert.Contains("| `hooks.secrets.delete` |", report, StringComparison.Ordinal);

        // The generator ships too: a csharp-client sample (the test fixture) compiles against the client it generates.
        var client = Run(
            Path.Combine(toolPath, "hooksnippets"),
            ["verify", "endpoints.json", "--templates", Repository.Fixture("client"), "--target", "csharp-client", "--operation", "hooks.secrets.create", "--tools", Repository.Tools],
            work,
            allowFailure: true);
        Assert.True(client.ExitCode == 0, client.Output + client.Error);
        Assert.Matches(@"csharp-client\s+pass", client.Output);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private ProcessOutcome Run(string program, IReadOnlyList<string> arguments, string folder, bool allowFailure = false)
    {
        var command = ProcessRun.Command(program, arguments, folder);
        command.Environment["NUGET_PACKAGES"] = Path.Combine(_temp, "packages");
        var clock = Stopwatch.StartNew();
        var outcome = ProcessRun.RunAsync(command, TimeSpan.FromMinutes(8), CancellationToken.None).GetAwaiter().GetResult();
        output.WriteLine($"$ {program} {string.Join(' ', arguments)}  ({clock.Elapsed.TotalSeconds:0.0} s, exit {outcome.ExitCode})\n{outcome.Output}{outcome.Error}");
        Assert.False(outcome.TimedOut, $"{program} did not finish");
        if (!allowFailure)
        {
            Assert.True(outcome.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed:\n{outcome.Combined}");
        }

        return outcome;
    }
}
