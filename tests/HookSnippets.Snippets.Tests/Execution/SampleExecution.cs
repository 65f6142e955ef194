using System.Diagnostics;
using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Verification;
using HookSnippets.Verification.Runners;
using Toolchain = HookSnippets.Snippets.Tests.Toolchains.Toolchain;

namespace HookSnippets.Snippets.Tests.Execution;

/// <summary>A rendered sample and the command its runner prepared to run it.</summary>
internal sealed record PreparedRun(RenderedSample Sample, ProcessStartInfo Command)
{
    public override string ToString() => Sample.ToString();
}

/// <summary>
/// Runs rendered samples of one target in its real toolchain through the runner <c>hooksnippets verify</c> uses (it
/// writes the files, compiles in a batch where the language compiles, and sets the runtime's own CA setting),
/// against one HTTPS recording server, one sample at a time, and judges each request with
/// <see cref="SentRequestJudge"/>, which is stricter than verify's comparer.
/// </summary>
internal sealed class SampleExecution : IAsyncDisposable
{
    private static readonly TimeSpan SampleTimeout = TimeSpan.FromSeconds(60);

    private SampleExecution(SampleRunner runner, RecordingServer.RecordingServer server, TempFolder folder, TrustFiles trust)
    {
        Runner = runner;
        Server = server;
        Folder = folder;
        Trust = trust;
    }

    public SampleRunner Runner { get; }

    public RecordingServer.RecordingServer Server { get; }

    public TempFolder Folder { get; }

    /// <summary>ca.pem, bundle.pem (system roots plus the server's CA) and a Java trust store.</summary>
    public TrustFiles Trust { get; }

    /// <summary>The base URL that points samples at the server: <c>https://127.0.0.1:PORT/api/v2</c>.</summary>
    public string BaseUrl => Server.BaseAddress.GetLeftPart(UriPartial.Authority) + "/api/v2";

    public static async Task<SampleExecution> StartAsync(SampleRunner runner)
    {
        var server = await RecordingServer.RecordingServer.StartAsync();
        var folder = new TempFolder();
        var trust = Directory.CreateDirectory(Path.Combine(folder.Path, "trust")).FullName;
        return new SampleExecution(runner, server, folder, server.Authority.WriteTrustFiles(trust));
    }

    /// <summary>Renders a checked-in description's samples pointed at the server.</summary>
    public IReadOnlyList<RenderedSample> Render(string description, string targetId) => TestSamples.Render(description, targetId, BaseUrl);

    /// <summary>
    /// Prepares samples with the runner, trusting <paramref name="trust"/> (the server's CA when null). A missing
    /// toolchain skips the test (fails it under CI=true); a sample that does not compile fails it.
    /// </summary>
    /// <param name="description">The checked-in description the samples come from (the generated C# client needs it).</param>
    public Task<IReadOnlyList<PreparedRun>> PrepareAsync(IReadOnlyList<RenderedSample> samples, string description, TrustFiles? trust = null) =>
        PrepareAsync(samples, Path.Combine(RepositoryRoot.Find(), description), TestSamples.Read(description).Name, trust);

    /// <param name="descriptionFile">The description's file (the generated C# client is compiled from it).</param>
    /// <param name="apiName">The description's name.</param>
    public async Task<IReadOnlyList<PreparedRun>> PrepareAsync(IReadOnlyList<RenderedSample> samples, string descriptionFile, string apiName, TrustFiles? trust = null)
    {
        var work = Directory.CreateDirectory(Path.Combine(Folder.Path, "work-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        var context = new RunContext(work, trust ?? Trust, Path.Combine(RepositoryRoot.Find(), "tools"), descriptionFile, apiName, SampleTimeout, parallelism: 2);
        var status = Runner.Detect(context);
        SkipUnlessCi(!status.Available, $"{Runner.Name} is not available: {status.InstallHint}");

        var inputs = samples.Select(s => new Sample(s.Model.Operation.Id, s.Target, s.Text, s.Model.Expected, Worker: 0)).ToArray();
        var prepared = await Runner.PrepareAsync(inputs, context, CancellationToken.None);
        Assert.Equal(samples.Count, prepared.Count);
        var skipped = prepared.FirstOrDefault(p => p.Verdict?.Outcome == SampleOutcome.Skipped)?.Verdict!.Differences[0];
        SkipUnlessCi(skipped is not null, skipped!);
        var failed = prepared.Where(p => p.Command is null)
            .Select(p => $"{p.Sample.Name}: {string.Join("; ", p.Verdict!.Differences)}\n{p.Verdict.Log}")
            .ToArray();
        Assert.True(failed.Length == 0, string.Join("\n\n", failed));

        // Runners may reorder (node lists samples it skips last): pair commands with samples by operation.
        return samples.Select(s => new PreparedRun(s, prepared.Single(p => p.Sample.OperationId == s.Model.Operation.Id).Command!)).ToArray();
    }

    /// <summary>Runs each prepared sample in turn and fails with every sample's problems at once.</summary>
    /// <param name="judgeAgainst">The sample whose request run i must send; its own when null.</param>
    public async Task AssertEachSendsItsRequestAsync(IReadOnlyList<PreparedRun> runs, Func<int, RenderedSample>? judgeAgainst = null)
    {
        var failures = new List<string>();
        for (var i = 0; i < runs.Count; i++)
        {
            var outcome = await RunAsync(runs[i]);
            var problems = SentRequestJudge.Problems(judgeAgainst?.Invoke(i) ?? runs[i].Sample, outcome, Server.Requests);
            if (problems.Count > 0)
            {
                failures.Add($"{runs[i]}:\n  {string.Join("\n  ", problems)}\n{outcome.Combined}\n--- sample ---\n{runs[i].Sample.Text}");
            }
        }

        Assert.NotEmpty(runs);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>Clears the server's recorded requests, then runs the sample to completion (killed after the timeout).</summary>
    /// <param name="response">What the server answers instead of 200 <c>{}</c>.</param>
    public Task<ProcessOutcome> RunAsync(PreparedRun run, RecordedResponse? response = null)
    {
        Server.Clear();
        if (response is not null)
        {
            Server.Enqueue(response);
        }

        return ProcessRun.RunAsync(run.Command, SampleTimeout, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Folder.Dispose();
    }

    private static void SkipUnlessCi(bool condition, string message)
    {
        if (condition)
        {
            Assert.False(Toolchain.IsCi, message + " CI=true: a missing toolchain is a failure.");
            Skip.If(true, message);
        }
    }
}
