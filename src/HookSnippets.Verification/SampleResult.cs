using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Verification;

public enum SampleOutcome
{
    /// <summary>Executed and sent exactly the expected request.</summary>
    Pass,

    /// <summary>Did not compile, did not run, sent a different request, more than one, none, or timed out.</summary>
    Fail,

    /// <summary>No runtime exists for the language here: the sample parsed without any syntax error (Swift).</summary>
    ParsedOnly,

    /// <summary>The toolchain or the template is absent; <see cref="SampleResult.Differences"/> says how to install it.</summary>
    Skipped,

    /// <summary>
    /// The target's client cannot send this request exactly, so render writes no sample (HS3008, HS3009): a known limit
    /// stated in the differences, never a failure.
    /// </summary>
    NotSupported,

    /// <summary>
    /// Not run again (<c>--baseline</c>, <c>--changed-since</c>): the sample, its expected request and its toolchain
    /// are those of a run in which it passed; <see cref="SampleResult.Differences"/> says which run.
    /// </summary>
    Unchanged,
}

/// <summary>
/// The verdict on one sample; <see cref="OperationId"/> is its report row (<see cref="Sample.Row"/>). <see cref="Differences"/> names each difference from the expected request (or why it
/// failed or was skipped); <see cref="Log"/> holds what the toolchain printed.
/// </summary>
public sealed record SampleResult(
    string OperationId,
    string TargetId,
    SampleOutcome Outcome,
    IReadOnlyList<string> Differences,
    IReadOnlyList<RecordedRequest> Requests,
    ExpectedRequest? Expected,
    string Log,
    TimeSpan Duration)
{
    /// <summary>What the verdict rests on besides the run itself (null when the sample could not be rendered).</summary>
    public Runs.SampleFingerprint? Fingerprint { get; init; }

    public static SampleResult Failed(Sample sample, string reason, string log = "") =>
        new(sample.Row, sample.Target.Id, SampleOutcome.Fail, [reason], [], sample.Expected, log, TimeSpan.Zero);
}
