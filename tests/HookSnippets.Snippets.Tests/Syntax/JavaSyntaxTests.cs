namespace HookSnippets.Snippets.Tests.Syntax;

public sealed class JavaSyntaxTests
{
    [SkippableTheory]
    [InlineData(CompiledSamples.Shipped)]
    [InlineData(CompiledSamples.Hostile)]
    public async Task EverySampleCompilesWithoutWarnings(string description)
    {
        _ = JavaTool.Java;
        using var folder = new TempFolder();
        var samples = CompiledSamples.Render(description, "java-httpclient");
        var files = CompiledSamples.Write(folder.Path, samples);

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
        var sample = CompiledSamples.Render(CompiledSamples.Shipped, "java-httpclient")[0];
        var broken = folder.Write("broken/Main.java", sample.Text.Replace(".build();", ".build()", StringComparison.Ordinal));

        var result = await JavaTool.CompileEachAsync(folder.Path, [broken]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("FAILED " + broken, result.Error, StringComparison.Ordinal);
    }
}
