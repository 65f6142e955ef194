using HookSnippets.Snippets.Tests.Execution;
using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Snippets.Tests.Hostile;

/// <summary>
/// The hostile corpus sent for real: one target per language whose runtime starts fast enough to run all 34
/// operations (interpreters, and Go's one build per file), against the recording server, each request judged byte
/// for byte. Java, Objective-C and C# start too slowly per sample for this set: their hostile coverage is the
/// syntax check of every sample plus the execution of tests/fixtures/hostile.endpoints.json.
/// </summary>
public sealed class HostileCorpusExecutionTests
{
    private static readonly Dictionary<string, SampleRunner> Runners = new()
    {
        ["python-httpclient"] = new PythonRunner(),
        ["ruby-nethttp"] = new RubyRunner(),
        ["php-curl"] = new PhpRunner(),
        ["node-fetch"] = new NodeRunner(),
        ["go-nethttp"] = new GoRunner(),
    };

    public static TheoryData<string> Targets => [.. Runners.Keys];

    [SkippableTheory]
    [MemberData(nameof(Targets))]
    public async Task Every_hostile_string_arrives_exactly(string targetId)
    {
        await using var run = await SampleExecution.StartAsync(Runners[targetId]);
        var file = run.Folder.Write("hostile-corpus/endpoints.json", HostileCorpus.ForRecordingServer.Text);
        var samples = TestSamples.Render(HostileCorpus.ForRecordingServer.Description, targetId, run.BaseUrl);
        var runs = await run.PrepareAsync(samples, file, HostileCorpus.ForRecordingServer.Description.Name);

        await run.AssertEachSendsItsRequestAsync(runs);
    }
}
