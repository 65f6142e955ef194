using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using HookSnippets.RecordingServer;
using HookSnippets.RecordingServer.Tests;
using HookSnippets.Snippets.Tests.Syntax;

namespace HookSnippets.Snippets.Tests.Execution;

/// <summary>Where a runtime finds the test CA: the CA alone, or the system roots plus the CA.</summary>
public sealed record TrustPaths(string CaPem, string Bundle);

/// <summary>
/// Runs a target's samples, rendered with <c>--base-url</c> pointing at a local HTTPS recording server, in the
/// target's real toolchain, and judges the request each one sent against the operation's expected request.
/// Each derived class names one target and how its runtime is started and told to trust the test CA.
/// </summary>
public abstract class ScriptExecutionTests
{
    // Headers runtimes add on their own (../shared/reference/toolchains.md §4 and §7); any other extra header is a failure.
    private static readonly HashSet<string> TransportHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "User-Agent", "Accept", "Accept-Encoding", "Accept-Language", "Connection", "Content-Length",
        "Transfer-Encoding", "Expect", "Upgrade", "HTTP2-Settings", "sec-fetch-mode",
    };

    protected abstract string TargetId { get; }

    /// <summary>The runtime's path; skips the test when it is missing (fails under CI=true).</summary>
    protected abstract string RequireRuntime();

    /// <param name="trust">Null to run with the runtime's default trust only.</param>
    protected abstract string[] Arguments(string file, TrustPaths? trust);

    /// <param name="trust">Null to run with the runtime's default trust only.</param>
    protected abstract IReadOnlyDictionary<string, string> Environment(TrustPaths? trust);

    /// <summary>Makes the samples' folder ready to run them (libraries to resolve), or skips.</summary>
    protected virtual void PrepareFolder(string folder)
    {
    }

    [SkippableTheory]
    [InlineData(ScriptSamples.Shipped)]
    [InlineData(ScriptSamples.Hostile)]
    [InlineData(ScriptSamples.EdgeCases)]
    public async Task Every_sample_sends_exactly_the_expected_request(string description)
    {
        var runtime = RequireRuntime();
        await using var server = await RecordingServer.RecordingServer.StartAsync();
        using var folder = new TempFolder();
        PrepareFolder(folder.Path);
        var trust = WriteTrust(server, folder.Path);
        var samples = ScriptSamples.Render(description, TargetId, BaseUrl(server.BaseAddress));
        var files = ScriptSamples.Write(folder.Path, samples);

        var failures = new List<string>();
        for (var i = 0; i < samples.Count; i++)
        {
            server.Clear();
            var result = await ProcessRunner.RunAsync(runtime, Arguments(files[i], trust), Environment(trust), folder.Path);
            var problems = new List<string>();
            if (result.ExitCode != 0)
            {
                problems.Add(result.ToString());
            }

            var requests = server.Requests;
            if (requests.Count == 1)
            {
                problems.AddRange(Differences(samples[i], requests[0]));
            }
            else
            {
                problems.Add($"{requests.Count} requests arrived, expected 1");
            }

            if (problems.Count > 0)
            {
                failures.Add($"{samples[i]}:\n  {string.Join("\n  ", problems)}\n--- sample ---\n{samples[i].Text}");
            }
        }

        Assert.NotEmpty(samples);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [SkippableFact]
    public async Task An_http_error_prints_status_and_body_then_exits_1()
    {
        var runtime = RequireRuntime();
        await using var server = await RecordingServer.RecordingServer.StartAsync();
        const string error = """{"statusCode":404,"error":"Not Found","message":"The hook does not exist."}""";
        server.Enqueue(RecordedResponse.Json(404, error));
        using var folder = new TempFolder();
        PrepareFolder(folder.Path);
        var trust = WriteTrust(server, folder.Path);
        var file = WriteHooksGet(folder.Path, BaseUrl(server.BaseAddress));

        var result = await ProcessRunner.RunAsync(runtime, Arguments(file, trust), Environment(trust), folder.Path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["404", error], result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [SkippableFact]
    public async Task A_transport_error_exits_non_zero_with_a_message()
    {
        var runtime = RequireRuntime();
        using var folder = new TempFolder();
        PrepareFolder(folder.Path);
        var file = WriteHooksGet(folder.Path, $"https://127.0.0.1:{ClosedPort()}/api/v2");

        var result = await ProcessRunner.RunAsync(runtime, Arguments(file, null), Environment(null), folder.Path);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.NotEmpty(result.Error.Trim());
    }

    [SkippableFact]
    public async Task A_server_certificate_the_runtime_does_not_trust_is_refused()
    {
        var runtime = RequireRuntime();
        await using var server = await RecordingServer.RecordingServer.StartAsync();
        using var folder = new TempFolder();
        PrepareFolder(folder.Path);
        var file = WriteHooksGet(folder.Path, BaseUrl(server.BaseAddress));

        var result = await ProcessRunner.RunAsync(runtime, Arguments(file, null), Environment(null), folder.Path);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Empty(server.Requests);
    }

    private static string BaseUrl(Uri serverBase) => new Uri(serverBase, "api/v2").AbsoluteUri;

    private static TrustPaths WriteTrust(RecordingServer.RecordingServer server, string folder) =>
        new(server.Authority.WriteCaPem(folder), server.Authority.WriteBundle(folder));

    private string WriteHooksGet(string folder, string baseUrl)
    {
        var sample = ScriptSamples.Render(ScriptSamples.Shipped, TargetId, baseUrl).Single(s => s.Model.Operation.Id == "hooks.get");
        return ScriptSamples.Write(folder, [sample])[0];
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private IEnumerable<string> Differences(RenderedSample sample, RecordedRequest request)
    {
        var expected = sample.Model.Expected;
        if (request.Method != expected.Method)
        {
            yield return $"method {request.Method}, expected {expected.Method}";
        }

        if (request.RawTarget != sample.Model.Request.PathAndQuery)
        {
            yield return $"target {request.RawTarget}, expected {sample.Model.Request.PathAndQuery}";
        }

        // HTTP/1.1 carries names as the sample wrote them (Content-Type, never content-type); HTTP/2 lower-cases every name.
        var names = request.Protocol.StartsWith("HTTP/1", StringComparison.Ordinal) ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        foreach (var header in expected.Headers)
        {
            var sent = request.Headers.Where(h => names.Equals(h.Key, header.Name)).Select(h => h.Value).ToArray();
            if (sent.Length != 1 || sent[0] != header.Value)
            {
                yield return $"header {header.Name}: sent [{string.Join(" | ", sent)}], expected [{header.Value}]";
            }
        }

        foreach (var (name, value) in request.Headers)
        {
            if (!TransportHeaders.Contains(name) && !expected.Headers.Any(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                yield return $"unexpected header {name}: {value}";
            }
        }

        if (BodyDifference(expected.Body, request.Body) is { } body)
        {
            yield return body;
        }
    }

    private static string? BodyDifference(string? expected, byte[] sent)
    {
        if (expected is null)
        {
            return sent.Length == 0 ? null : $"a body of {sent.Length} bytes was sent, expected none";
        }

        try
        {
            using var sentJson = JsonDocument.Parse(sent);
            using var expectedJson = JsonDocument.Parse(expected);
            return JsonElement.DeepEquals(sentJson.RootElement, expectedJson.RootElement)
                ? null
                : $"body {System.Text.Encoding.UTF8.GetString(sent)}\n  expected {expected}";
        }
        catch (JsonException e)
        {
            return $"the body is not JSON ({e.Message}): {System.Text.Encoding.UTF8.GetString(sent)}";
        }
    }
}
