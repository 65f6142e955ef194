using HookSnippets.Snippets.Targets;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Verification;

/// <summary>
/// The outcome of a verify run: one result per row × target (a row is an operation, or one of its later example sets,
/// <see cref="Sample.Row"/>), the toolchains used, and how long it took.
/// </summary>
public sealed record VerifyReport(
    IReadOnlyList<string> Operations,
    IReadOnlyList<SnippetTarget> Targets,
    IReadOnlyList<SampleResult> Results,
    IReadOnlyList<ToolchainStatus> Toolchains,
    TimeSpan Duration,
    bool Ci)
{
    /// <summary>What was selected for the whole run (the shard's part of it is <see cref="Operations"/>), when known.</summary>
    public Runs.RunSelection? Selection { get; init; }

    /// <summary>No failure; under CI also no skipped sample. A sample the target declares it cannot send is neither.</summary>
    public bool Succeeded => Results.All(r => r.Outcome is SampleOutcome.Pass or SampleOutcome.ParsedOnly or SampleOutcome.Unchanged or SampleOutcome.NotSupported || (r.Outcome == SampleOutcome.Skipped && !Ci));

    public SampleResult? Find(string operationId, string targetId) =>
        Results.FirstOrDefault(r => r.OperationId == operationId && r.TargetId == targetId);

    public int Count(SampleOutcome outcome) => Results.Count(r => r.Outcome == outcome);
}
