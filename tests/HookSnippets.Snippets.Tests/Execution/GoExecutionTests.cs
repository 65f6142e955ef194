using HookSnippets.RecordingServer;
using HookSnippets.RecordingServer.Tests;
using HookSnippets.Snippets.Tests.Syntax;

namespace HookSnippets.Snippets.Tests.Execution;

/// <summary>
/// Builds the Go samples (one <c>go build ./...</c> for all) and runs them against the recording server. The hostile
/// fixture's hook id <c>a%2Fb%3Fc%23d%25e%20f%C3%A9%F0%9F%98%80</c> arriving byte for byte shows that Go's url.Parse
/// keeps an already-encoded path (URL.RawPath), so the template needs no Opaque or RawPath of its own.
/// </summary>
public sealed class GoExecutionTests
{
    [SkippableTheory]
    [InlineData(CompiledSamples.Shipped)]
    [InlineData(CompiledSamples.Hostile)]
    public async Task EverySampleSendsItsExpectedRequest(string description)
    {
        var go = GoTool.Go;
        await using var run = await CompiledExecution.StartAsync();
        var samples = run.Render(description, "go-nethttp");
        var binaries = await BuildAsync(go, run.Folder.Path, samples);
        var environment = new Dictionary<string, string> { ["SSL_CERT_FILE"] = run.Trust.Bundle };

        await run.RunEachAsync(samples, i => ProcessRunner.RunAsync(binaries[i], [], environment));

        // The check itself: each program paired with the next operation's expected request must fail it.
        await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(
            () => run.RunEachAsync(samples.Skip(1).ToArray(), i => ProcessRunner.RunAsync(binaries[i], [], environment)));
    }

    [SkippableFact]
    public async Task ASampleFailsVisiblyWhenItCannotTrustTheServer()
    {
        var go = GoTool.Go;
        await using var run = await CompiledExecution.StartAsync();
        var samples = run.Render(CompiledSamples.Shipped, "go-nethttp").Take(1).ToArray();
        var binaries = await BuildAsync(go, run.Folder.Path, samples);
        var environment = new Dictionary<string, string> { ["SSL_CERT_FILE"] = TestCertificateAuthority.SystemBundlePath };

        await run.AssertFailsVisiblyAsync(() => ProcessRunner.RunAsync(binaries[0], [], environment));
    }

    private static async Task<string[]> BuildAsync(string go, string folder, IReadOnlyList<CompiledSample> samples)
    {
        GoTool.WriteModule(folder);
        CompiledSamples.Write(folder, samples, "main.go");
        var bin = Path.Combine(folder, "bin");
        var build = await ProcessRunner.RunAsync(go, ["build", "-o", bin + Path.DirectorySeparatorChar, "./..."], GoTool.Environment, folder);
        Assert.True(build.ExitCode == 0, build.ToString());
        return samples.Select(sample => Path.Combine(bin, sample.Model.Operation.Id)).ToArray();
    }
}
