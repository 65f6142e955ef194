using HookSnippets.RecordingServer;
using HookSnippets.RecordingServer.Tests;
using HookSnippets.Snippets.Tests.Syntax;

namespace HookSnippets.Snippets.Tests.Execution;

/// <summary>
/// Builds each Objective-C sample with clang, GNUstep and the NSURLSession stand-in, and runs it against the recording
/// server. The stand-in sends through libcurl with certificate verification on (GNUstep's own NSURLConnection would
/// verify nothing, reject PATCH and decode %2F in paths); SSL_CERT_FILE names the CA bundle.
/// </summary>
public sealed class ObjectiveCExecutionTests
{
    [SkippableTheory]
    [InlineData(CompiledSamples.Shipped)]
    [InlineData(CompiledSamples.Hostile)]
    public async Task EverySampleSendsItsExpectedRequest(string description)
    {
        await using var run = await CompiledExecution.StartAsync();
        var samples = run.Render(description, "objc-nsurlsession");
        var programs = await BuildAsync(run.Folder.Path, samples);
        var environment = new Dictionary<string, string> { ["SSL_CERT_FILE"] = run.Trust.Bundle };

        await run.RunEachAsync(samples, i => ProcessRunner.RunAsync(programs[i], [], environment));
    }

    [SkippableFact]
    public async Task ASampleFailsVisiblyWhenItCannotTrustTheServer()
    {
        await using var run = await CompiledExecution.StartAsync();
        var samples = run.Render(CompiledSamples.Shipped, "objc-nsurlsession").Take(1).ToArray();
        var programs = await BuildAsync(run.Folder.Path, samples);
        var environment = new Dictionary<string, string> { ["SSL_CERT_FILE"] = TestCertificateAuthority.SystemBundlePath };

        await run.AssertFailsVisiblyAsync(() => ProcessRunner.RunAsync(programs[0], [], environment));
    }

    private static async Task<string[]> BuildAsync(string folder, IReadOnlyList<CompiledSample> samples)
    {
        var clang = await ObjectiveCTool.RequireAsync(folder);
        var standIn = await clang.CompileStandInAsync(folder);
        var files = CompiledSamples.Write(folder, samples);
        var programs = new string[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            programs[i] = Path.ChangeExtension(files[i], null);
            var build = await clang.BuildAsync(files[i], standIn, programs[i]);
            Assert.True(build.ExitCode == 0 && build.Error.Length == 0, $"{samples[i]}: {build}");
        }

        return programs;
    }
}
