using HookSnippets.RecordingServer.Tests;
using HookSnippets.Snippets.Tests.Samples;

namespace HookSnippets.Snippets.Tests.Syntax;

public sealed class GoSyntaxTests
{
    [SkippableTheory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    public async Task EverySampleParsesAndIsAlreadyGofmtFormatted(string description)
    {
        var gofmt = GoTool.Gofmt;
        using var folder = new TempFolder();
        var files = TestSamples.WriteEachInOwnFolder(folder.Path, TestSamples.Render(description, "go-nethttp"));

        // -l lists the files whose formatting differs: the output must be empty; -e reports every syntax error.
        var result = await ProcessRunner.RunAsync(gofmt, ["-e", "-l", .. files]);

        Assert.True(result.ExitCode == 0 && result.Output.Length == 0 && result.Error.Length == 0, result.ToString());
    }

    [SkippableTheory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    public async Task EverySamplePassesGoVet(string description)
    {
        var go = GoTool.Go;
        using var folder = new TempFolder();
        GoTool.WriteModule(folder.Path);
        TestSamples.WriteEachInOwnFolder(folder.Path, TestSamples.Render(description, "go-nethttp"), "main.go");

        // vet type-checks each sample and flags misuse such as a response used before its error is checked.
        var result = await ProcessRunner.RunAsync(go, ["vet", "./..."], GoTool.Environment, folder.Path);

        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, result.ToString());
    }

    [SkippableFact]
    public async Task GofmtRejectsABrokenSample()
    {
        var gofmt = GoTool.Gofmt;
        using var folder = new TempFolder();
        var sample = TestSamples.Render(TestSamples.Shipped, "go-nethttp")[0];
        var broken = folder.Write("broken.go", sample.Text.Replace("\")", ")", StringComparison.Ordinal));

        var result = await ProcessRunner.RunAsync(gofmt, ["-e", "-l", broken]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("broken.go:", result.Error, StringComparison.Ordinal);
    }
}
