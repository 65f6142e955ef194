using System.Text.Json;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Targets;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Verification.Toolchains;

/// <summary>A target's toolchain here: found or what is missing, the version its target.json's command prints, and what installs it.</summary>
public sealed record TargetToolchainState(SnippetTarget Target, string? Problem, string? Version, IReadOnlyList<string> MissingDebian, IReadOnlyList<PackagePin> MissingNpm, IReadOnlyList<PackagePin> MissingNuGet)
{
    public bool Found => Problem is null;

    /// <summary>The target's .NET tools (<c>toolchain.dotnetTools</c>) not installed in the tools folder.</summary>
    public IReadOnlyList<PackagePin> MissingDotnetTools { get; init; } = [];
}

/// <summary>
/// What <c>hooksnippets toolchains</c> reports and installs, from the facts of each target's target.json alone
/// (<c>toolchain</c>: Debian packages, npm and NuGet packages, a version command), so that a new target needs no
/// code here. npm packages go into <c>TOOLS/node_modules</c> with <c>--ignore-scripts</c> (tree-sitter's install script
/// downloads from github.com; the prebuilt binaries it ships are enough), NuGet packages into <c>TOOLS/nuget</c>.
/// </summary>
public static class TargetToolchains
{
    public static IReadOnlyList<TargetToolchainState> Check(IReadOnlyList<SnippetTarget> targets, string tools)
    {
        var work = Directory.CreateTempSubdirectory("hooksnippets-toolchains-").FullName;
        try
        {
            using var authority = TestCertificateAuthority.Create();
            var context = new RunContext(work, authority.WriteTrustFiles(work), tools, [], TimeSpan.FromSeconds(30), 1);
            var detected = new Dictionary<string, ToolchainStatus>();
            return targets.Select(target =>
            {
                var runner = SampleRunners.Find(target.Runner);
                var status = runner is null ? null : detected.TryGetValue(runner.Name, out var known) ? known : detected[runner.Name] = runner.Detect(context);
                var npm = target.Toolchain.Npm.Where(pin => !Satisfies(NpmVersion(tools, pin.Name), pin.Version)).ToArray();
                var nuget = target.Toolchain.NuGet.Where(pin => !Directory.Exists(Path.Combine(tools, "nuget", pin.Name.ToLowerInvariant(), pin.Version.ToLowerInvariant()))).ToArray();
                var dotnetTools = target.Toolchain.DotnetTools.Where(pin => !DotnetTools.Installed(tools, pin)).ToArray();
                // The target's own Debian packages, not only its runner's runtime: python3 being there says
                // nothing of python3-httpx. Without dpkg (not Debian) the runner's detection alone decides.
                var debian = DpkgAvailable.Value ? target.Toolchain.Debian.Where(p => !DebianInstalled(p)).ToArray()
                    : status is { Available: false } ? [.. target.Toolchain.Debian]
                    : [];
                var problem = runner is null ? $"no runner '{target.Runner}' in this verify"
                    : dotnetTools.Length > 0 ? $".NET tool {string.Join(", ", dotnetTools.Select(p => p.Name + " " + p.Version))} not installed in {Path.Combine(tools, "dotnet-tools")}"
                    : !status!.Available ? status.Problem
                    : debian.Length > 0 ? $"Debian package {string.Join(", ", debian)} not installed"
                    : npm.Length > 0 ? $"npm package {string.Join(", ", npm.Select(p => p.Name + "@" + p.Version))} not installed in {tools}"
                    : nuget.Length > 0 ? $"NuGet package {string.Join(", ", nuget.Select(p => p.Name + " " + p.Version))} not installed in {tools}"
                    : null;
                return new TargetToolchainState(target, problem, VersionLine(target, tools), debian, npm, nuget) { MissingDotnetTools = dotnetTools };
            }).ToArray();
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    public static string AptGetInstall(IEnumerable<string> packages) => "apt-get install -y --no-install-recommends " + string.Join(' ', packages);

    public static string NpmInstall(string tools, IEnumerable<PackagePin> pins) =>
        $"npm install --prefix {tools} --ignore-scripts --no-audit --no-fund --save-exact {string.Join(' ', pins.Select(p => p.Name + "@" + p.Version))}";

    public static string NuGetInstall(string tools, IEnumerable<PackagePin> pins) =>
        $"dotnet restore (a project referencing {string.Join(", ", pins.Select(p => p.Name + " " + p.Version))}) --packages {Path.Combine(tools, "nuget")}";

    /// <summary>
    /// Installs what the states lack: Debian packages when running as root with apt-get (else the line to run as root
    /// is the result), npm and NuGet packages into <paramref name="tools"/>. Each step's output goes to <paramref name="log"/>.
    /// </summary>
    /// <returns>What could not be installed, one line each.</returns>
    public static async Task<IReadOnlyList<string>> InstallAsync(IReadOnlyList<TargetToolchainState> states, string tools, TextWriter log, CancellationToken ct)
    {
        var left = new List<string>();
        var debian = states.SelectMany(s => s.MissingDebian).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (debian.Length > 0)
        {
            if (Environment.IsPrivilegedProcess && ProcessRun.Find("apt-get") is not null)
            {
                await StepAsync("apt-get", ["update"], "/", log, left, ct).ConfigureAwait(false);
                await StepAsync("apt-get", ["install", "-y", "--no-install-recommends", .. debian], "/", log, left, ct).ConfigureAwait(false);
            }
            else
            {
                left.Add("as root: " + AptGetInstall(debian));
            }
        }

        var npm = states.SelectMany(s => s.MissingNpm).Distinct().ToArray();
        if (npm.Length > 0)
        {
            Directory.CreateDirectory(tools);
            var manifest = Path.Combine(tools, "package.json");
            if (!File.Exists(manifest))
            {
                // Without a package.json of its own, npm would install into the first folder above that has one.
                File.WriteAllText(manifest, "{\n  \"name\": \"hooksnippets-toolchains\",\n  \"private\": true\n}\n");
            }

            await StepAsync("npm", ["install", "--prefix", tools, "--ignore-scripts", "--no-audit", "--no-fund", "--save-exact", .. npm.Select(p => p.Name + "@" + p.Version)], tools, log, left, ct).ConfigureAwait(false);
        }

        var nuget = states.SelectMany(s => s.MissingNuGet).Distinct().ToArray();
        if (nuget.Length > 0)
        {
            var project = Directory.CreateTempSubdirectory("hooksnippets-nuget-").FullName;
            try
            {
                File.WriteAllText(Path.Combine(project, "restore.csproj"), $"""
                    <Project Sdk="Microsoft.NET.Sdk">
                      <PropertyGroup>
                        <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                      </PropertyGroup>
                      <ItemGroup>
                    {string.Concat(nuget.Select(p => $"    <PackageReference Include=\"{System.Security.SecurityElement.Escape(p.Name)}\" Version=\"{System.Security.SecurityElement.Escape(p.Version)}\" />\n"))}  </ItemGroup>
                    </Project>

                    """);
                await StepAsync("dotnet", ["restore", Path.Combine(project, "restore.csproj"), "--packages", Path.Combine(tools, "nuget")], project, log, left, ct).ConfigureAwait(false);
            }
            finally
            {
                Directory.Delete(project, recursive: true);
            }
        }

        foreach (var pin in states.SelectMany(s => s.MissingDotnetTools).Distinct())
        {
            // One tool path per version: dotnet tool install refuses a second version in the same folder.
            var folder = DotnetTools.Folder(tools, pin);
            Directory.CreateDirectory(folder);
            await StepAsync("dotnet", ["tool", "install", pin.Name, "--version", pin.Version, "--tool-path", folder], folder, log, left, ct).ConfigureAwait(false);
        }

        return left;
    }

    private static async Task StepAsync(string program, string[] arguments, string folder, TextWriter log, List<string> left, CancellationToken ct)
    {
        var line = program + " " + string.Join(' ', arguments);
        log.WriteLine("$ " + line);
        var command = ProcessRun.Command(program, arguments, folder);
        command.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        try
        {
            var outcome = await ProcessRun.RunAsync(command, TimeSpan.FromMinutes(20), ct).ConfigureAwait(false);
            if (outcome.Combined.Length > 0)
            {
                log.WriteLine(outcome.Combined);
            }

            if (!outcome.Succeeded)
            {
                left.Add($"{line} failed (exit code {outcome.ExitCode})");
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            left.Add($"{program} not found: {line}");
        }
    }

    /// <summary>
    /// The first line the target's version command prints, or null when it cannot run. A program that is a command of
    /// one of the target's .NET tools runs from the tool's folder.
    /// </summary>
    private static string? VersionLine(SnippetTarget target, string tools) =>
        target.Toolchain.VersionCommand.Count == 0
            ? null
            : ProcessRun.VersionLine(
                DotnetTools.Command(tools, target, target.Toolchain.VersionCommand[0]) ?? target.Toolchain.VersionCommand[0],
                [.. target.Toolchain.VersionCommand.Skip(1)]);

    private static readonly Lazy<bool> DpkgAvailable = new(() => ProcessRun.Find("dpkg-query") is not null);

    /// <summary>
    /// Installed, and at the pinned version when the entry is <c>package=version</c> (apt-get's own pin syntax, for a
    /// package whose newest version cannot be installed: java-asynchttp's security update needs a package Debian lacks).
    /// </summary>
    private static bool DebianInstalled(string entry) =>
        entry.Split('=', 2) is var parts
        && ProcessRun.VersionLine("dpkg-query", "-W", "-f=${Status} ${Version}", parts[0]) is { } line
        && line.StartsWith("install ok installed ", StringComparison.Ordinal)
        && (parts.Length == 1 || line == "install ok installed " + parts[1]);

    private static string? NpmVersion(string tools, string package)
    {
        var manifest = Path.Combine(tools, "node_modules", package, "package.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.TryGetProperty("version", out var version) ? version.GetString() : null;
    }

    /// <summary>A version matches a pin that is the version itself or its leading parts (<c>1</c> matches <c>1.12.0</c>).</summary>
    private static bool Satisfies(string? installed, string pin) =>
        installed is not null && (installed == pin || installed.StartsWith(pin + ".", StringComparison.Ordinal));
}
