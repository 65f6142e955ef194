using HookSnippets.RecordingServer.Tests;
using HookSnippets.Snippets.Tests.Samples;

namespace HookSnippets.Snippets.Tests.Syntax;

/// <summary>Renders a target for every operation of a description and runs a language's own syntax check on the files.</summary>
internal static class SyntaxCheck
{
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
