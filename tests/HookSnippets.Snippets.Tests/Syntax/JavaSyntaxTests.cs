using HookSnippets.Snippets.Tests.Samples;

namespace HookSnippets.Snippets.Tests.Syntax;

public sealed class JavaSyntaxTests
{
    [SkippableTheory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    public async Task EverySampleCompilesWithoutWarnings(string description)
    {
        _ = JavaTool.Java;
        using var folder = new TempFolder();
        var samples = TestSamples.Render(description, "java-httpclient");
        var files = TestSamples.WriteEachInOwnFolder(folder.Path, samples);

        var result = await JavaTool.CompileEachAsync(folder.Path, files);

        // The files are named java-httpclient.java: a non-public class Main compiles under any file name.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(samples, sample => Assert.Contains("\nclass Main {\n", sample.Text, StringComparison.Ordinal));
        Assert.All(files, file => Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, "classes", "Main.class")), file));
    }

    [SkippableFact]
    public async Task TheCompilerRejectsABrokenSample()
    {
        _ = JavaTool.Java;
        using var folder = new TempFolder();
        var sample = TestSamples.Render(TestSamples.Shipped, "java-httpclient")[0];
        var broken = folder.Write("broken/Main.java", sample.Text.Replace(".build();", ".build()", StringComparison.Ordinal));

        var result = await JavaTool.CompileEachAsync(folder.Path, [broken]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("FAILED " + broken, result.Error, StringComparison.Ordinal);
    }
}
