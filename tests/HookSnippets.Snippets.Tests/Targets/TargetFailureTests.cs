using System.Net;
using System.Net.Sockets;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Verification;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Snippets.Tests.Targets;

/// <summary>
/// How every executed target's <c>hooks.get</c> sample fails, run by its runner against a recording server: an HTTP
/// error prints the status and the body (cURL: the body, then the status; wget: the body, and the status line on
/// stderr; HTTPie and http-http11: the status line, headers and body) and exits 1 (cURL: 22, its code for an HTTP error under
/// --fail-with-body; wget: 8, its code for a server's error answer; HTTPie: 4, its --check-status code for a 4xx;
/// .NET: the code of an unhandled exception), a transport error exits non-zero with a message, and a server
/// certificate the runtime was not told to trust is refused. The
/// csharp-client sample calls the generated client, whose errors are exceptions of its own: it takes part in the last
/// two only.
/// </summary>
public sealed class TargetFailureTests
{
    private const string HttpError = """{"statusCode":404,"error":"Not Found","message":"The hook does not exist."}""";

    [SkippableFact]
    public async Task An_http_error_prints_status_and_body_then_exits_1()
    {
        await using var server = await RecordingServer.RecordingServer.StartAsync();
        using var batches = RunnerBatches.Create(server);
        var failures = new List<string>();

        await using var runs = await PreparedRuns.CreateAsync(batches, BaseUrl(server), target => target.Id != "csharp-client");
        foreach (var (runner, prepared, executor) in runs.Samples)
        {
            server.Clear();
            server.Enqueue(RecordedResponse.Json(404, HttpError));
            var outcome = await executor.RunAsync(prepared, CancellationToken.None);
            var exitCodeRight = runner.Name switch
            {
                "dotnet" => outcome.ExitCode != 0 && !outcome.TimedOut,
                "curl" => outcome.ExitCode == 22,
                "wget" => outcome.ExitCode == 8,
                "httpie" => outcome.ExitCode == 4,
                _ => outcome.ExitCode == 1,
            };
            var printed = outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // node-axios and javascript-axios print response.data, which axios has parsed: Node shows the object, not the
            // text, and the browser runner writes it as two-space JSON; so does ConvertTo-Json for Invoke-RestMethod.
            var axiosPrinted = printed.FirstOrDefault() == "404" && prepared.Sample.Target.Id switch
            {
                "node-axios" => outcome.Output.Contains("statusCode: 404", StringComparison.Ordinal) && outcome.Output.Contains("message: 'The hook does not exist.'", StringComparison.Ordinal),
                // Invoke-RestMethod has parsed the JSON error answer too; the sample prints it back with ConvertTo-Json.
                "javascript-axios" or "powershell-restmethod" => outcome.Output.Contains("\"statusCode\": 404,", StringComparison.Ordinal) && outcome.Output.Contains("\"message\": \"The hook does not exist.\"", StringComparison.Ordinal),
                _ => false,
            };
            // wget prints the body, and the head with its status line on stderr (--server-response); HTTPie and http both on stdout.
            var headPrinted = VerifiedSamples.PrintsResponseHead(runner.Name) && outcome.Output.Contains(HttpError, StringComparison.Ordinal) && outcome.Combined.Contains("HTTP/1.1 404 ", StringComparison.Ordinal);
            if (!exitCodeRight || !(printed.SequenceEqual(["404", HttpError]) || axiosPrinted || headPrinted || (runner.Name == "curl" && printed.SequenceEqual([HttpError, "404"]))))
            {
                failures.Add($"{prepared.Sample.Target.Id}: exit {outcome.ExitCode}\n{outcome.Combined}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        batches.SkipIfMissing();
    }

    [SkippableFact]
    public async Task A_transport_error_exits_non_zero_with_a_message()
    {
        using var batches = RunnerBatches.Create();
        var failures = new List<string>();

        await using var runs = await PreparedRuns.CreateAsync(batches, $"https://127.0.0.1:{ClosedPort()}/api/v2", _ => true);
        foreach (var (_, prepared, executor) in runs.Samples)
        {
            var outcome = await executor.RunAsync(prepared, CancellationToken.None);
            if (outcome.ExitCode == 0 || outcome.TimedOut || outcome.Error.Trim().Length == 0)
            {
                failures.Add($"{prepared.Sample.Target.Id}: exit {outcome.ExitCode}{(outcome.TimedOut ? " (timed out)" : "")}\n{outcome.Combined}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        batches.SkipIfMissing();
    }

    /// <summary>The runtimes are given another CA to trust: each must refuse the server, which shows it verifies certificates.</summary>
    [SkippableFact]
    public async Task A_server_certificate_the_runtime_does_not_trust_is_refused()
    {
        await using var server = await RecordingServer.RecordingServer.StartAsync();
        using var batches = RunnerBatches.Create();
        var failures = new List<string>();

        await using var runs = await PreparedRuns.CreateAsync(batches, BaseUrl(server), _ => true);
        foreach (var (_, prepared, executor) in runs.Samples)
        {
            server.Clear();
            var outcome = await executor.RunAsync(prepared, CancellationToken.None);
            if (outcome.ExitCode == 0 || outcome.TimedOut || outcome.Error.Trim().Length == 0 || server.Requests.Count > 0)
            {
                failures.Add($"{prepared.Sample.Target.Id}: exit {outcome.ExitCode}, {server.Requests.Count} requests received\n{outcome.Combined}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        batches.SkipIfMissing();
    }

    /// <summary>The judge itself: each program of the hostile fixture, held to the next operation's request, must be found wrong.</summary>
    [SkippableFact]
    public async Task Each_program_judged_against_another_operations_request_fails()
    {
        await using var server = await RecordingServer.RecordingServer.StartAsync();
        using var batches = RunnerBatches.Create(server);
        var samples = TestSamples.Render(TestSamples.Hostile, "shell-curl", BaseUrl(server)).Select(s => s.ToSample()).ToArray();
        var context = batches.Context(RepositoryRoot.File(TestSamples.Hostile), "Hostile");
        var batch = batches.ByRunner(samples, context);
        batches.SkipIfMissing();
        var (runner, own) = Assert.Single(batch);
        var prepared = await runner.PrepareAsync(own, context, CancellationToken.None);
        await using var executor = new SampleExecutor(prepared, runner.Name, context.Timeout);

        for (var i = 0; i < prepared.Samples.Count; i++)
        {
            server.Clear();
            await executor.RunAsync(prepared.Samples[i], CancellationToken.None);
            var other = samples[(i + 1) % samples.Length];
            Assert.True(ExpectedRequestComparer.Compare(other.Expected, server.Requests, exactHeaderNames: true).Count > 0, $"{prepared.Samples[i].Sample.Name} passed as {other.Name}");
        }
    }

    /// <summary>
    /// Every executed target's hooks.get sample pointed at a base URL, prepared by its runner in one batch per runner,
    /// each with the executor of its batch (which starts the batch's host once); a sample that does not compile fails
    /// the test.
    /// </summary>
    private sealed class PreparedRuns : IAsyncDisposable
    {
        private readonly List<SampleExecutor> _executors = [];

        public List<(SampleRunner Runner, PreparedSample Prepared, SampleExecutor Executor)> Samples { get; } = [];

        public static async Task<PreparedRuns> CreateAsync(RunnerBatches batches, string baseUrl, Func<Snippets.Targets.SnippetTarget, bool> include)
        {
            var samples = RunnerBatches.ExecutedTargets
                .Where(include)
                .Select(t => TestSamples.Render(TestSamples.Shipped, t.Id, AsRunnerReachesIt(baseUrl, t)).Single(s => s.Model.Operation.Id == "hooks.get").ToSample())
                .ToArray();
            var context = batches.Context(RepositoryRoot.File(TestSamples.Shipped), TestSamples.Read(TestSamples.Shipped).Name);
            var runs = new PreparedRuns();
            foreach (var (runner, batch) in batches.ByRunner(samples, context))
            {
                var prepared = await runner.PrepareAsync(batch, context, CancellationToken.None);
                var executor = new SampleExecutor(prepared, runner.Name, context.Timeout);
                runs._executors.Add(executor);
                foreach (var sample in prepared.Samples)
                {
                    if (sample.Verdict is { } verdict)
                    {
                        Assert.Fail($"{sample.Sample.Name}: {string.Join("; ", verdict.Differences)}\n{verdict.Log}");
                    }

                    runs.Samples.Add((runner, sample, executor));
                }
            }

            Assert.NotEmpty(runs.Samples);
            return runs;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var executor in _executors)
            {
                await executor.DisposeAsync();
            }
        }
    }

    /// <summary>The base URL with the host name the target's runner reaches the server by, as verify renders it (<see cref="SampleRunner.ServerHost"/>).</summary>
    private static string AsRunnerReachesIt(string baseUrl, Snippets.Targets.SnippetTarget target) =>
        SampleRunners.Find(target.Runner)?.ServerHost is { } host ? new UriBuilder(baseUrl) { Host = host }.Uri.AbsoluteUri.TrimEnd('/') : baseUrl;

    private static string BaseUrl(RecordingServer.RecordingServer server) => server.BaseAddress.GetLeftPart(UriPartial.Authority) + "/api/v2";

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
