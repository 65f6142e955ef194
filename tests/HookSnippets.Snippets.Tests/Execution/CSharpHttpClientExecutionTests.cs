using HookSnippets.RecordingServer;
using HookSnippets.RecordingServer.Tests;
using HookSnippets.Snippets.Tests.Syntax;

namespace HookSnippets.Snippets.Tests.Execution;

/// <summary>
/// Runs each C# HttpClient sample as a .NET 10 file-based app (<c>dotnet run sample.cs</c>), trusting the test CA
/// through SSL_CERT_FILE. System.Uri keeps the hostile hook id's %2F, %3F, %23, %25 and %20 as written.
/// </summary>
public sealed class CSharpHttpClientExecutionTests
{
    [SkippableTheory]
    [InlineData(CompiledSamples.Shipped)]
    [InlineData(CompiledSamples.Hostile)]
    public async Task EverySampleSendsItsExpectedRequestAsAFileBasedApp(string description)
    {
        var dotnet = Toolchain.Require("dotnet", "the .NET 10 SDK");
        await using var run = await CompiledExecution.StartAsync();
        var samples = run.Render(description, "csharp-httpclient");
        var files = CompiledSamples.Write(run.Folder.Path, samples);
        var environment = RunEnvironment(run.Trust.Bundle);

        await run.RunEachAsync(samples, i => ProcessRunner.RunAsync(dotnet, ["run", files[i]], environment, Path.GetDirectoryName(files[i])));
    }

    [SkippableFact]
    public async Task ASampleFailsVisiblyWhenItCannotTrustTheServer()
    {
        var dotnet = Toolchain.Require("dotnet", "the .NET 10 SDK");
        await using var run = await CompiledExecution.StartAsync();
        var samples = run.Render(CompiledSamples.Shipped, "csharp-httpclient").Take(1).ToArray();
        var file = CompiledSamples.Write(run.Folder.Path, samples)[0];

        await run.AssertFailsVisiblyAsync(() => ProcessRunner.RunAsync(dotnet, ["run", file], RunEnvironment(TestCertificateAuthority.SystemBundlePath), Path.GetDirectoryName(file)));
    }

    private static Dictionary<string, string> RunEnvironment(string bundle) => new()
    {
        ["SSL_CERT_FILE"] = bundle,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
    };
}
