using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.RecordingServer.Tests;

namespace HookSnippets.Snippets.Tests.Syntax;

/// <summary>Renders a target for every operation of a description and runs a language's own syntax check on the files.</summary>
internal static class SyntaxCheck
{
    /// <summary>One checker process per file, for tools that check only their first argument (node --check, php -l).</summary>
    public static async Task EachFileAsync(string targetId, string description, string tool, Func<string, string[]> arguments)
    {
        using var folder = new TempFolder();
        var samples = TestSamples.Render(description, targetId);
        var files = TestSamples.WriteSideBySide(folder.Path, samples);
        var failures = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var result = await ProcessRunner.RunAsync(tool, arguments(files[i]));
            if (result.ExitCode != 0 || result.Error.Length > 0)
            {
                failures.Add($"{samples[i]}: {result}\n--- sample ---\n{samples[i].Text}");
            }
        }

        Assert.NotEmpty(samples);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>One checker process for all files; any exit code but 0 or any message on stderr fails.</summary>
    public static async Task AllFilesAsync(string targetId, string description, string tool, Func<IReadOnlyList<string>, string[]> arguments)
    {
        using var folder = new TempFolder();
        var samples = TestSamples.Render(description, targetId);
        var files = TestSamples.WriteSideBySide(folder.Path, samples);

        var result = await ProcessRunner.RunAsync(tool, arguments(files), workingDirectory: folder.Path);

        Assert.NotEmpty(samples);
        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.ToString());
    }
}
