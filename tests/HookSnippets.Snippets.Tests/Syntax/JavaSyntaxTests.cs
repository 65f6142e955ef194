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
        var files = CompiledSamples.Write(folder.Path, CompiledSamples.Render(description, "java-httpclient"));

        var result = await JavaTool.CompileEachAsync(folder.Path, files);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(files, file => Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(file)!, "classes", "Main.class")), file));
    }

    [SkippableFact]
    public async Task TheSampleClassIsNotPublicSoAnyFileNameCompiles()
    {
        _ = JavaTool.Java;
        using var folder = new TempFolder();
        var samples = CompiledSamples.Render(CompiledSamples.Shipped, "java-httpclient");
        var files = CompiledSamples.Write(folder.Path, samples, "CreateHookSecrets.java");

        var result = await JavaTool.CompileEachAsync(folder.Path, files);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.All(samples, sample => Assert.Contains("\nclass Main {\n", sample.Text, StringComparison.Ordinal));
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
