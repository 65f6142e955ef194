using HookSnippets.Cli;

namespace HookSnippets.Conformance.Tests;

/// <summary><c>hooksnippets toolchains</c>: per target found or missing, its version and what installs it, from target.json alone.</summary>
public sealed class ToolchainsCommandTests : IDisposable
{
    private readonly string _tools = Directory.CreateTempSubdirectory("hooksnippets-tools-").FullName;

    [SkippableFact]
    public void A_missing_npm_package_is_named_with_the_command_that_installs_it()
    {
        Toolchain.Require("node");
        var (exitCode, output, _) = Run("toolchains", "--target", "node-axios", "--tools", _tools);
        Assert.Equal(1, exitCode);
        var lines = output.Split('\n');
        Assert.Matches($@"^node-axios  missing  v[0-9.]+: npm package axios@1 not installed in {System.Text.RegularExpressions.Regex.Escape(_tools)}$", lines[0]);
        Assert.Equal("    apt-get install -y --no-install-recommends nodejs", lines[1]);
        Assert.Equal($"    npm install --prefix {_tools} --ignore-scripts --no-audit --no-fund --save-exact axios@1", lines[2]);
        Assert.StartsWith("1 targets: 1 missing a toolchain; 'hooksnippets toolchains --install' installs npm and NuGet packages and .NET tools into ", lines[3]);
    }

    [SkippableFact]
    public void A_found_toolchain_shows_the_version_its_target_json_command_prints()
    {
        Toolchain.Require("curl");
        var (exitCode, output, _) = Run("toolchains", "--target", "shell", "--tools", _tools);
        Assert.Equal(0, exitCode);
        // Ids are padded to the longest selected one: shell-httpie.
        Assert.StartsWith("shell-curl    found    curl ", output);
        Assert.Contains("\nshell-wget    found    GNU Wget ", output, StringComparison.Ordinal);
        Assert.Contains("\nshell-httpie  found    3.", output, StringComparison.Ordinal);
        Assert.Contains("\n    apt-get install -y --no-install-recommends bash curl\n", output, StringComparison.Ordinal);
        Assert.EndsWith("\n    apt-get install -y --no-install-recommends bash httpie\n3 targets: every toolchain found\n", output);
    }

    /// <summary>
    /// What a user of the installed tool does: <c>--install</c> into an empty tools folder (the per-user cache, here
    /// a temporary one), after which the target is found and its sample passes <c>verify</c> with that folder.
    /// </summary>
    [SkippableFact]
    public void Install_fills_an_empty_tools_folder_and_verify_then_runs_the_target_from_it()
    {
        Toolchain.Require("node");
        Toolchain.Require("npm");

        var install = Run("toolchains", "--target", "node-axios", "--tools", _tools, "--install");
        Assert.True(install.ExitCode == 0, install.Output + install.Error);
        Assert.True(File.Exists(Path.Combine(_tools, "node_modules", "axios", "package.json")));
        Assert.EndsWith("1 targets: every toolchain found\n", install.Output);

        var verify = Run("verify", Repository.ShippedDescription, "--target", "node-axios", "--operation", "hooks.secrets.create", "--tools", _tools);
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.Contains("1 passed", verify.Output + verify.Error);
    }

    /// <summary>
    /// A target's own library is checked, not only its runner's runtime: with python3 there, a target declaring a
    /// Debian package that is absent is missing, and only that package is named (what --install would apt-get).
    /// </summary>
    [SkippableFact]
    public void A_declared_debian_package_that_is_absent_makes_the_target_missing_though_its_runner_is_found()
    {
        Toolchain.Require("dpkg-query", "a Debian system has it");
        Toolchain.Require("/usr/bin/python3");
        var folder = Path.Combine(_tools, "templates", "python", "absentlib");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "absentlib.sbn"), "print(1)\n");
        File.WriteAllText(Path.Combine(folder, "target.json"), """
            {
              "id": "python-absentlib",
              "displayName": "Python (absent library)",
              "order": 96,
              "extension": "py",
              "fence": "python",
              "codeSamplesLang": "Python",
              "runner": "python",
              "keepsHeaderNameCase": true,
              "installHint": "apt-get install python3 hooksnippets-absent-package",
              "toolchain": {
                "debian": ["python3", "hooksnippets-absent-package"],
                "npm": [],
                "nuget": [],
                "versionCommand": ["/usr/bin/python3", "--version"]
              }
            }
            """);

        var (exitCode, output, error) = Run("toolchains", "--target", "python-absentlib", "--tools", _tools, "--templates", Path.Combine(_tools, "templates"));

        Assert.True(exitCode == 1, output + error);
        var lines = output.Split('\n');
        Assert.Matches("^python-absentlib  missing  Python 3[0-9.]+: Debian package hooksnippets-absent-package not installed$", lines[0]);
        Assert.Equal("    apt-get install -y --no-install-recommends python3 hooksnippets-absent-package", lines[1]);

        // What --install apt-gets: the absent package alone, python3 being installed.
        var target = Assert.Single(HookSnippets.Snippets.Rendering.TemplatePack.WithOverrides(Path.Combine(_tools, "templates")).Targets, t => t.Id == "python-absentlib");
        var state = Assert.Single(HookSnippets.Verification.Toolchains.TargetToolchains.Check([target], _tools));
        Assert.Equal(["hooksnippets-absent-package"], state.MissingDebian);
    }

    [Fact]
    public void An_unknown_target_is_a_usage_error()
    {
        var (exitCode, _, error) = Run("toolchains", "--target", "cobol");
        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: unknown target 'cobol': use a target id (", error);
    }

    public void Dispose() => Directory.Delete(_tools, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = HookSnippetsCli.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
