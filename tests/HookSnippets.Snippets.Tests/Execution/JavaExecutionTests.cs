using HookSnippets.RecordingServer.Tests;
using HookSnippets.Snippets.Tests.Syntax;

namespace HookSnippets.Snippets.Tests.Execution;

/// <summary>
/// Compiles the Java samples in one JVM and runs each with <c>java -cp classes Main</c>, trusting the test CA through
/// JAVA_TOOL_OPTIONS. The client keeps its default version (HTTP/2 offered by ALPN over HTTPS, HTTP/1.1 fallback);
/// URI.create keeps the encoded URL.
/// </summary>
public sealed class JavaExecutionTests
{
    [SkippableTheory]
    [InlineData(CompiledSamples.Shipped)]
    [InlineData(CompiledSamples.Hostile)]
    public async Task EverySampleSendsItsExpectedRequest(string description)
    {
        var java = JavaTool.Java;
        await using var run = await CompiledExecution.StartAsync();
        var samples = run.Render(description, "java-httpclient");
        var classes = await CompileAsync(run.Folder.Path, samples);
        var environment = TrustEnvironment(run.Trust.JavaTrustStore);

        await run.RunEachAsync(samples, i => ProcessRunner.RunAsync(java, ["-cp", classes[i], "Main"], environment));
    }

    [SkippableFact]
    public async Task ASampleFailsVisiblyWhenItCannotTrustTheServer()
    {
        var java = JavaTool.Java;
        await using var run = await CompiledExecution.StartAsync();
        var samples = run.Render(CompiledSamples.Shipped, "java-httpclient").Take(1).ToArray();
        var classes = await CompileAsync(run.Folder.Path, samples);

        // The JDK's own cacerts, which do not hold the test CA.
        await run.AssertFailsVisiblyAsync(() => ProcessRunner.RunAsync(java, ["-cp", classes[0], "Main"], new Dictionary<string, string> { ["JAVA_TOOL_OPTIONS"] = "" }));
    }

    private static Dictionary<string, string> TrustEnvironment(string? trustStore)
    {
        Skip.If(trustStore is null && !Toolchain.IsCi, "keytool is not installed: no Java trust store for the test CA.");
        Assert.NotNull(trustStore);
        return new Dictionary<string, string>
        {
            ["JAVA_TOOL_OPTIONS"] = $"-Djavax.net.ssl.trustStore={trustStore} -Djavax.net.ssl.trustStorePassword=changeit",
        };
    }

    private static async Task<string[]> CompileAsync(string folder, IReadOnlyList<CompiledSample> samples)
    {
        var files = CompiledSamples.Write(folder, samples);
        var result = await JavaTool.CompileEachAsync(folder, files);
        Assert.True(result.ExitCode == 0, result.ToString());
        return files.Select(file => Path.Combine(Path.GetDirectoryName(file)!, "classes")).ToArray();
    }
}
