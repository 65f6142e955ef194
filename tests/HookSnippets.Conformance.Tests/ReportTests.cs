using System.Text;
using HookSnippets.Description;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Conformance.Tests;

public sealed class ReportTests
{
    private static readonly ExpectedRequest Expected = new(
        "POST", "https://127.0.0.1:1/api/v2/hooks/HOOK_ID/secrets",
        new[] { new HttpHeader("Authorization", "Bearer T"), new HttpHeader("Content-Type", "application/json") }.ToEquatableArray(),
        new JsonBody("""{"K":"V"}"""));

    private static VerifyReport Report(bool ci, params SampleResult[] results) => new(
        ["hooks.secrets.create"],
        [.. TemplatePack.Embedded.Targets.Where(t => t.Id is "shell-curl" or "go-nethttp")],
        results,
        [ToolchainStatus.Found("curl", "curl 7.88.1"), ToolchainStatus.Missing("go", "go not found")],
        TimeSpan.FromSeconds(2),
        ci);

    private static SampleResult Failed()
    {
        var received = new RecordedRequest("POST", "/api/v2/hooks/HOOK_ID/secrets", [new("Content-Type", "application/json")], Encoding.UTF8.GetBytes("""{"K":"W"}"""), "HTTP/1.1", DateTimeOffset.UnixEpoch);
        return new SampleResult("hooks.secrets.create", "shell-curl", SampleOutcome.Fail, ExpectedRequestComparer.Compare(Expected, [received], exactHeaderNames: true), [received], Expected, "{}", TimeSpan.Zero);
    }

    private static SampleResult Skipped() =>
        new("hooks.secrets.create", "go-nethttp", SampleOutcome.Skipped, ["go not found: apt-get install golang-go (or https://go.dev/dl)"], [], Expected, "", TimeSpan.Zero);

    [Fact]
    public void A_skipped_sample_fails_the_run_only_under_ci()
    {
        var pass = Failed() with { Outcome = SampleOutcome.Pass, Differences = [] };
        Assert.True(Report(ci: false, pass, Skipped()).Succeeded);
        Assert.False(Report(ci: true, pass, Skipped()).Succeeded);
        Assert.False(Report(ci: false, Failed(), Skipped()).Succeeded);
    }

    [Fact]
    public void The_console_matrix_names_each_difference_and_shows_a_diff()
    {
        var text = ResultMatrix.Write(Report(ci: true, Failed(), Skipped()));
        Assert.Contains("shell-curl  FAIL  \n", text);
        Assert.Contains("go-nethttp  skip  \n", text);
        Assert.Contains("op1 = hooks.secrets.create\n", text);
        Assert.Contains("skipped: go-nethttp (1 samples): go not found: apt-get install golang-go (or https://go.dev/dl)\n", text);
        Assert.Contains("  - header Authorization: missing (expected \"Bearer T\")\n", text);
        Assert.Contains("  -Authorization: Bearer T\n", text);
        Assert.Contains("  -  \"K\": \"V\"\n  +  \"K\": \"W\"\n", text);
        Assert.EndsWith("2 samples: 0 passed, 1 failed, 0 parsed-only, 1 skipped (failures under CI=true) in 2.0 s\n", text);
    }

    [Fact]
    public void The_markdown_report_lists_toolchains_the_matrix_and_failures_with_their_output()
    {
        var text = MarkdownReport.Write(Report(ci: false, Failed(), Skipped()));
        Assert.Contains("| curl | curl 7.88.1 |\n| go | not found: go not found |\n", text);
        Assert.Contains("| Operation | shell-curl | go-nethttp |\n|---|---|---|\n| `hooks.secrets.create` | FAIL | skipped |\n", text);
        Assert.Contains("### FAIL: `hooks.secrets.create` / `shell-curl`\n", text);
        Assert.Contains("```diff\n", text);
        Assert.Contains("\nOutput:\n\n````text\n{}\n````\n", text);
    }

    [Fact]
    public void Progress_is_a_live_line_on_a_terminal_and_plain_lines_otherwise()
    {
        var pass = Failed() with { Outcome = SampleOutcome.Pass };
        var plain = new StringWriter();
        var progress = new ConsoleProgress(plain, interactive: false);
        progress.Sample(pass, 1, 2);
        progress.Note("go: prepared");
        progress.Complete();
        Assert.Equal("[1/2] hooks.secrets.create shell-curl: pass\ngo: prepared\n", plain.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal));

        var live = new StringWriter();
        progress = new ConsoleProgress(live, interactive: true);
        progress.Sample(pass, 1, 2);
        progress.Note("go: prepared");
        progress.Complete();
        Assert.Equal("\r\u001b[2K[1/2] hooks.secrets.create shell-curl: pass\r\u001b[2Kgo: prepared\n", live.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
    }
}
