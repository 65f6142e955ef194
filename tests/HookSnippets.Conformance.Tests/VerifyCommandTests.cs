using HookSnippets.Cli;

namespace HookSnippets.Conformance.Tests;

/// <summary><c>hooksnippets verify</c> in process: exit codes, the matrix on stdout, --report and --keep.</summary>
[Collection(ConformanceSuite.Name)]
public sealed class VerifyCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("hooksnippets-verify-cli-").FullName;

    [Fact]
    public void An_unknown_target_is_a_usage_error()
    {
        var (exitCode, _, error) = Run("verify", Repository.ShippedDescription, "--target", "cobol");
        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: unknown target 'cobol': use a target id (", error);
    }

    [SkippableFact]
    public void A_failing_sample_exits_1_and_the_report_names_the_difference()
    {
        Toolchain.Require("curl");
        var report = Path.Combine(_temp, "report.md");
        var (exitCode, output, _) = Run(
            "verify", Repository.ShippedDescription, "--target", "shell-curl", "--operation", "hooks.secrets.create",
            "--templates", Repository.Fixture("wrong", "header-dropped"), "--report", report);
        Assert.Equal(1, exitCode);
        Assert.Contains("shell-curl  FAIL", output);
        Assert.Contains("- header Authorization: missing (expected \"Bearer MGMT_API_ACCESS_TOKEN\")", File.ReadAllText(report));
    }

    [SkippableFact]
    public void A_passing_run_exits_0_and_keep_copies_the_rendered_samples()
    {
        Toolchain.Require("curl");
        var keep = Path.Combine(_temp, "kept");
        var (exitCode, output, error) = Run("verify", Repository.ShippedDescription, "--target", "shell-curl", "--operation", "hooks.get", "--keep", keep);
        Assert.True(exitCode == 0, output + error);
        Assert.Contains("1 samples: 1 passed, 0 failed, 0 parsed-only, 0 skipped", output);
        Assert.Contains("[1/1] hooks.get shell-curl: pass", error);
        var sample = Assert.Single(Directory.GetFiles(keep, "shell-curl.sh", SearchOption.AllDirectories));
        Assert.Contains("--url 'https://127.0.0.1:", File.ReadAllText(sample));
    }

    [SkippableFact]
    public void Several_descriptions_verify_in_one_run_with_a_matrix_and_a_report_section_each()
    {
        Toolchain.Require("curl");
        var report = Path.Combine(_temp, "report.md");
        var (exitCode, output, error) = Run(
            "verify", Repository.ShippedDescription, Repository.AuthBodiesDescription, "--target", "shell-curl",
            "--operation", "hooks.get", "--operation", "auth.basic.get", "--report", report);

        Assert.True(exitCode == 0, output + error);
        Assert.Contains(Repository.ShippedDescription + ":\n", output);
        Assert.Contains(Repository.AuthBodiesDescription + ":\n", output);
        Assert.Equal(2, output.Split("1 samples: 1 passed, 0 failed").Length - 1);
        Assert.Contains("hooks.get", output);
        Assert.Contains("auth.basic.get", output);
        var markdown = File.ReadAllText(report);
        Assert.Contains($"# Request sample verification of `{Repository.ShippedDescription}`", markdown);
        Assert.Contains($"# Request sample verification of `{Repository.AuthBodiesDescription}`", markdown);
    }

    [Theory]
    [InlineData("--results", "r.json", "--shard, --results, --baseline and --changed-since take one description")]
    [InlineData("--shard", "1/2", "--shard, --results, --baseline and --changed-since take one description")]
    [InlineData("--operation", "no.such", "unknown operation 'no.such': none of ")]
    public void Several_descriptions_refuse_what_takes_one_and_an_operation_none_has(string option, string value, string message)
    {
        var (exitCode, _, error) = Run("verify", Repository.ShippedDescription, Repository.AuthBodiesDescription, "--target", "shell-curl", option, value);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: " + message, error);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = HookSnippetsCli.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
