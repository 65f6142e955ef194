using System.Text;
using HookSnippets.Description.Json;
using HookSnippets.RecordingServer;
using HookSnippets.RecordingServer.Tests;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Tests.Syntax;

namespace HookSnippets.Snippets.Tests.Execution;

/// <summary>
/// Runs rendered samples of one compiled target against the HTTPS recording server, one at a time, and checks that
/// each sent exactly its operation's expected request: method, raw request target byte for byte, every header once
/// with exactly its value (these targets send Content-Type without the charset parameter verify would tolerate),
/// and a body that parses to the example. Header names are compared case-insensitively (HTTP/2 lower-cases them,
/// Go canonicalises them), and their order is not checked: Go, Java and Foundation keep headers in maps.
/// </summary>
internal sealed class CompiledExecution : IAsyncDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CompiledExecution(RecordingServer.RecordingServer server, TempFolder folder, TrustFiles trust)
    {
        Server = server;
        Folder = folder;
        Trust = trust;
    }

    public RecordingServer.RecordingServer Server { get; }

    public TempFolder Folder { get; }

    /// <summary>ca.pem, bundle.pem (system roots plus the test CA) and a Java trust store, in <see cref="Folder"/>.</summary>
    public TrustFiles Trust { get; }

    /// <summary>The base URL that points samples at the server: <c>https://127.0.0.1:PORT/api/v2</c>.</summary>
    public string BaseUrl => Server.BaseAddress.GetLeftPart(UriPartial.Authority) + "/api/v2";

    public static async Task<CompiledExecution> StartAsync()
    {
        var server = await RecordingServer.RecordingServer.StartAsync();
        var folder = new TempFolder();
        return new CompiledExecution(server, folder, server.Authority.WriteTrustFiles(folder.Path));
    }

    public IReadOnlyList<CompiledSample> Render(string description, string targetId) =>
        CompiledSamples.Render(description, targetId, BaseUrl);

    /// <summary>Runs each sample in turn and fails with every sample's problems at once.</summary>
    public async Task RunEachAsync(IReadOnlyList<CompiledSample> samples, Func<int, Task<ProcessResult>> run)
    {
        var failures = new List<string>();
        for (var i = 0; i < samples.Count; i++)
        {
            Server.Clear();
            var result = await run(i);
            var problems = Check(samples[i], result, Server.Requests);
            if (problems.Count > 0)
            {
                failures.Add($"{samples[i]}:\n  {string.Join("\n  ", problems)}\n{result}\n--- sample ---\n{samples[i].Text}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>
    /// Runs one sample while its runtime does not trust the test CA: it must fail visibly (non-zero exit and a message)
    /// and send nothing, which also shows that it verifies TLS certificates.
    /// </summary>
    public async Task AssertFailsVisiblyAsync(Func<Task<ProcessResult>> runUntrusted)
    {
        Server.Clear();
        var result = await runUntrusted();

        Assert.True(result.ExitCode != 0 && result.Error.Trim().Length > 0, result.ToString());
        Assert.Empty(Server.Requests);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Folder.Dispose();
    }

    private static List<string> Check(CompiledSample sample, ProcessResult result, IReadOnlyList<RecordedRequest> recorded)
    {
        var problems = new List<string>();
        if (result.ExitCode != 0 || !result.Output.StartsWith("200\n", StringComparison.Ordinal) || !result.Output.Contains("{}", StringComparison.Ordinal))
        {
            problems.Add("expected exit code 0 and the output 200 then the response body {}");
        }

        if (recorded.Count != 1)
        {
            problems.Add($"expected one request, the server recorded {recorded.Count}");
            return problems;
        }

        var request = recorded[0];
        var expected = sample.Model.Request;
        if (request.Method != expected.Method)
        {
            problems.Add($"method {request.Method}, expected {expected.Method}");
        }

        if (request.RawTarget != expected.PathAndQuery)
        {
            problems.Add($"request target {request.RawTarget}, expected {expected.PathAndQuery}");
        }

        foreach (var header in expected.Headers)
        {
            var values = request.HeaderValues(header.Name);
            if (values.Count != 1 || values[0] != header.Value)
            {
                problems.Add($"header {header.Name}: [{string.Join(" | ", values)}], expected [{header.Value}]");
            }
        }

        if (CheckBody(request.Body, expected.Body) is { } bodyProblem)
        {
            problems.Add(bodyProblem);
        }

        return problems;
    }

    private static string? CheckBody(byte[] sent, SampleBody? expected)
    {
        if (expected is null)
        {
            return sent.Length == 0 ? null : $"a body of {sent.Length} bytes where none was expected";
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(sent);
        }
        catch (DecoderFallbackException e)
        {
            return "the body is not UTF-8: " + e.Message;
        }

        var parsed = JsonParser.Parse(text, "body");
        if (parsed.Root is null || !parsed.Diagnostics.IsEmpty)
        {
            return $"the body is not JSON ({string.Join("; ", parsed.Diagnostics)}): {text}";
        }

        return JsonWriter.DeepEquals(parsed.Root, expected.Json) ? null : $"the body {text} differs from the example {expected.Compact}";
    }
}
