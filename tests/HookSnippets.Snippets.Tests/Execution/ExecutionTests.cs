using System.Net;
using System.Net.Sockets;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Snippets.Tests.Execution;

/// <summary>
/// Runs one target's samples, rendered with <c>--base-url</c> pointing at a local HTTPS recording server, in the
/// target's real toolchain through verify's runner for it, and judges what each run sent and printed. Each derived
/// class names the target and its runner.
/// </summary>
public abstract class ExecutionTests
{
    private protected abstract string TargetId { get; }

    private protected abstract SampleRunner Runner { get; }

    /// <summary>The exit code after an HTTP error; null where the runtime picks it (any non-zero code).</summary>
    private protected virtual int? HttpErrorExitCode => 1;

    [SkippableTheory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    [InlineData(TestSamples.EdgeCases)]
    public async Task Every_sample_sends_exactly_the_expected_request(string description)
    {
        await using var run = await SampleExecution.StartAsync(Runner);
        var runs = await run.PrepareAsync(run.Render(description, TargetId), description);

        await run.AssertEachSendsItsRequestAsync(runs);
    }

    [SkippableFact]
    public async Task An_http_error_prints_status_and_body_then_exits_1()
    {
        await using var run = await SampleExecution.StartAsync(Runner);
        const string error = """{"statusCode":404,"error":"Not Found","message":"The hook does not exist."}""";
        var hooksGet = await run.PrepareAsync([HooksGet(run.BaseUrl)], TestSamples.Shipped);

        var outcome = await run.RunAsync(hooksGet[0], RecordedResponse.Json(404, error));

        Assert.True(HttpErrorExitCode is { } code ? outcome.ExitCode == code : outcome.ExitCode != 0 && !outcome.TimedOut, outcome.Combined);
        Assert.Equal(["404", error], outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [SkippableFact]
    public async Task A_transport_error_exits_non_zero_with_a_message()
    {
        await using var run = await SampleExecution.StartAsync(Runner);
        var hooksGet = await run.PrepareAsync([HooksGet($"https://127.0.0.1:{ClosedPort()}/api/v2")], TestSamples.Shipped);

        var outcome = await run.RunAsync(hooksGet[0]);

        Assert.True(outcome.ExitCode != 0 && !outcome.TimedOut, outcome.Combined);
        Assert.NotEmpty(outcome.Error.Trim());
    }

    /// <summary>The runtime is given another CA to trust: it must refuse the server, which also shows it verifies certificates.</summary>
    [SkippableFact]
    public async Task A_server_certificate_the_runtime_does_not_trust_is_refused()
    {
        await using var run = await SampleExecution.StartAsync(Runner);
        using var otherAuthority = TestCertificateAuthority.Create();
        var otherTrust = otherAuthority.WriteTrustFiles(Directory.CreateDirectory(Path.Combine(run.Folder.Path, "other-ca")).FullName);
        var hooksGet = await run.PrepareAsync([HooksGet(run.BaseUrl)], TestSamples.Shipped, otherTrust);

        var outcome = await run.RunAsync(hooksGet[0]);

        Assert.True(outcome.ExitCode != 0 && !outcome.TimedOut, outcome.Combined);
        Assert.NotEmpty(outcome.Error.Trim());
        Assert.Empty(run.Server.Requests);
    }

    private protected RenderedSample HooksGet(string baseUrl) =>
        TestSamples.Render(TestSamples.Shipped, TargetId, baseUrl).Single(s => s.Model.Operation.Id == "hooks.get");

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
