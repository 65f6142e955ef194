using HookSnippets.RecordingServer.Tests;
using HookSnippets.Snippets.Tests.Samples;

namespace HookSnippets.Snippets.Tests.Syntax;

public sealed class SwiftSyntaxTests
{
    [SkippableTheory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    public async Task EverySampleParsesWithTreeSitterSwift(string description)
    {
        var node = SwiftTool.Node;
        var modules = SwiftTool.NodeModules;
        using var folder = new TempFolder();
        var files = TestSamples.WriteEachInOwnFolder(folder.Path, TestSamples.Render(description, "swift-urlsession"));

        var result = await ProcessRunner.RunAsync(node, [SwiftTool.Script, modules, .. files]);

        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.ToString());
    }

    [SkippableFact]
    public async Task TheParseScriptReportsAnUnterminatedLiteralAtItsPosition()
    {
        var node = SwiftTool.Node;
        var modules = SwiftTool.NodeModules;
        using var folder = new TempFolder();
        var good = folder.Write("good.swift", "let greeting = \"hi\"\nprint(greeting)\n");
        var broken = folder.Write("broken.swift", "let greeting = \"hi\nprint(greeting)\n");

        var result = await ProcessRunner.RunAsync(node, [SwiftTool.Script, modules, good, broken]);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("good.swift", result.Error, StringComparison.Ordinal);
        Assert.Matches(@"broken\.swift:\d+:\d+: ", result.Error);
    }

    [SkippableFact]
    public async Task TheParseScriptReportsAMissingBracket()
    {
        var node = SwiftTool.Node;
        var modules = SwiftTool.NodeModules;
        using var folder = new TempFolder();
        var sample = TestSamples.Render(TestSamples.Shipped, "swift-urlsession")[0];
        var broken = folder.Write("broken.swift", sample.Text.Replace("exit(1)", "exit(1", StringComparison.Ordinal));

        var result = await ProcessRunner.RunAsync(node, [SwiftTool.Script, modules, broken]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("broken.swift:", result.Error, StringComparison.Ordinal);
    }
}
