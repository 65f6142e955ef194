using System.Diagnostics;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// A sample ready to run (<see cref="Command"/>, its trust settings in the environment), or already judged while
/// preparing (<see cref="Verdict"/>: a compile error, or a parse result for a language that cannot run here).
/// </summary>
public sealed record PreparedSample(Sample Sample, ProcessStartInfo? Command, SampleResult? Verdict)
{
    public static PreparedSample Run(Sample sample, ProcessStartInfo command) => new(sample, command, null);

    public static PreparedSample Judged(SampleResult verdict, Sample sample) => new(sample, null, verdict);
}

/// <summary>
/// One toolchain: which targets it runs, how to find it, and how to turn rendered samples into commands (writing the
/// files, compiling in a batch where that is faster). Samples are never changed: only their files are placed.
/// </summary>
public abstract class SampleRunner
{
    /// <summary>The toolchain's name in reports (<c>go</c>, <c>dotnet</c>...).</summary>
    public abstract string Name { get; }

    public abstract bool Handles(SnippetTarget target);

    /// <summary>True when preparing is slow enough to start first and overlap with the other toolchains' runs.</summary>
    public virtual bool PreparesInBackground => false;

    public abstract ToolchainStatus Detect(RunContext context);

    public abstract Task<IReadOnlyList<PreparedSample>> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct);

    /// <summary>Writes the sample's text as <c>folder/fileName</c> (UTF-8, no BOM) and returns the path.</summary>
    protected static string WriteSample(Sample sample, string folder, string fileName)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, sample.Text, Snippets.Output.RenderedFiles.Utf8);
        return path;
    }

    /// <summary>A compile failure as a verdict, with the compiler's output.</summary>
    protected static PreparedSample CompileFailed(Sample sample, string compiler, ProcessOutcome outcome) =>
        PreparedSample.Judged(SampleResult.Failed(
            sample,
            outcome.TimedOut ? $"{compiler} did not finish within the timeout" : $"{compiler} failed (exit code {outcome.ExitCode})",
            outcome.Combined), sample);
}
