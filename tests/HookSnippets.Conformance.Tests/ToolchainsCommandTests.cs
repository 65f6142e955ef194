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
        Assert.StartsWith("1 targets: 1 missing a toolchain; 'hooksnippets toolchains --install' installs npm and NuGet packages into ", lines[3]);
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
