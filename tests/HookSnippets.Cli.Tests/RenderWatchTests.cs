using System.Diagnostics;
using HookSnippets.Cli.Commands;

namespace HookSnippets.Cli.Tests;

/// <summary><c>render --watch</c>: renders again after changes, says what changed, and survives a broken description.</summary>
public sealed class RenderWatchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Renders_again_after_a_change_shows_a_description_error_and_goes_on_after_the_fix()
    {
        using var temp = new TempFolder();
        var original = File.ReadAllText(Paths.Endpoints);
        var endpoints = temp.Write("endpoints.json", original);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var stdout = TextWriter.Synchronized(output);
        var stderr = TextWriter.Synchronized(error);
        using var stop = new CancellationTokenSource();
        var run = Task.Run(() => HookSnippetsCli.Run(["render", endpoints, "--out", temp["snippets"], "--target", "shell-curl", "--watch"], stdout, stderr, stop.Token));

        await WaitFor(() => output.ToString().Contains("Watching ", StringComparison.Ordinal), run);
        Assert.StartsWith($"Wrote 23 files to {temp["snippets"]}\n", output.ToString(), StringComparison.Ordinal);

        File.WriteAllText(endpoints, original.Replace("\"method\": \"GET\"", "\"method\": \"FETCH\"", StringComparison.Ordinal));
        await WaitFor(() => error.ToString().Contains("error HS1008", StringComparison.Ordinal), run);
        Assert.Contains($"Changed: {endpoints}\n", output.ToString(), StringComparison.Ordinal);

        // An editor's save is a burst of writes: the watch renders once, after the burst.
        var fixedText = original.Replace("\"summary\": \"Get hooks\"", "\"summary\": \"List every hook\"", StringComparison.Ordinal);
        for (var i = 0; i < 5; i++)
        {
            File.WriteAllText(endpoints, fixedText);
        }

        await WaitFor(() => output.ToString().Contains(" changed: ", StringComparison.Ordinal), run);
        await Task.Delay(RenderWatch.Debounce * 3);
        await stop.CancelAsync();

        Assert.Equal(0, await run.WaitAsync(Patience));
        Assert.Contains("# List every hook", File.ReadAllText(temp["snippets/hooks.list.md"]), StringComparison.Ordinal);
        var lines = output.ToString().Split('\n');
        Assert.Equal(2, lines.Count(l => l.StartsWith("Wrote ", StringComparison.Ordinal)));
        // The summary is shown on the operation's page and in its group's list.
        Assert.Equal("  2 files changed: groups/hooks.md, hooks.list.md", lines.Single(l => l.Contains(" changed: ", StringComparison.Ordinal)));
    }

    private static async Task WaitFor(Func<bool> condition, Task run)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.False(run.IsCompleted, "the watch ended by itself");
            Assert.True(clock.Elapsed < Patience, "timed out");
            await Task.Delay(50);
        }
    }
}
