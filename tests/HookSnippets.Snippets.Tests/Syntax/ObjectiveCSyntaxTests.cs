using HookSnippets.Snippets.Tests.Samples;

namespace HookSnippets.Snippets.Tests.Syntax;

public sealed class ObjectiveCSyntaxTests
{
    [SkippableTheory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    public async Task EverySampleCompilesWithoutWarnings(string description)
    {
        using var folder = new TempFolder();
        var clang = await ObjectiveCTool.RequireAsync(folder.Path);
        var files = TestSamples.WriteEachInOwnFolder(folder.Path, TestSamples.Render(description, "objc-nsurlsession"));

        // One clang process for all files; -Wall is among GNUstep's flags, and any warning fails the check.
        var result = await clang.SyntaxCheckAsync(files);

        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.ToString());
    }

    [SkippableFact]
    public async Task TheNSURLSessionStandInCompilesWithoutWarnings()
    {
        using var folder = new TempFolder();
        var clang = await ObjectiveCTool.RequireAsync(folder.Path);

        var standIn = await clang.CompileStandInAsync(folder.Path);

        Assert.True(new FileInfo(standIn).Length > 0);
    }

    [SkippableFact]
    public async Task ClangRejectsABrokenLiteral()
    {
        using var folder = new TempFolder();
        var clang = await ObjectiveCTool.RequireAsync(folder.Path);
        var sample = TestSamples.Render(TestSamples.Shipped, "objc-nsurlsession")[0];
        var broken = folder.Write("broken.m", sample.Text.Replace("@\"GET\"", "@\"G\"ET\"", StringComparison.Ordinal));

        var result = await clang.SyntaxCheckAsync([broken]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("broken.m:", result.Error, StringComparison.Ordinal);
    }
}
