using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Snippets.Tests.Execution;

/// <summary>
/// The hostile fixture's hook id <c>a%2Fb%3Fc%23d%25e%20f%C3%A9%F0%9F%98%80</c> arriving byte for byte shows that
/// Go's url.Parse keeps an already-encoded path (URL.RawPath), so the template needs no Opaque or RawPath of its own.
/// </summary>
public sealed class GoNetHttpExecutionTests : ExecutionTests
{
    private protected override string TargetId => "go-nethttp";

    private protected override SampleRunner Runner { get; } = new GoRunner();

    /// <summary>The judge itself: each program, held to the next operation's request, must be found wrong.</summary>
    [SkippableFact]
    public async Task Each_program_judged_against_another_operations_request_fails()
    {
        await using var run = await SampleExecution.StartAsync(Runner);
        var samples = run.Render(TestSamples.Hostile, TargetId);
        var runs = await run.PrepareAsync(samples, TestSamples.Hostile);

        for (var i = 0; i < runs.Count; i++)
        {
            var outcome = await run.RunAsync(runs[i]);
            var other = samples[(i + 1) % samples.Count];
            Assert.True(SentRequestJudge.Problems(other, outcome, run.Server.Requests).Count > 0, $"{runs[i]} passed as {other}");
        }
    }
}
