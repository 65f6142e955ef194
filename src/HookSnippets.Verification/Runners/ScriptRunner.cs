using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// A toolchain that runs the sample file directly: nothing to compile, each sample is written and run by its
/// interpreter, and one interpreter process checks the syntax of them all.
/// </summary>
public abstract class ScriptRunner : SampleRunner
{
    public override Task<IReadOnlyList<PreparedSample>> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var prepared = samples.Select(sample =>
        {
            var folder = SampleFolder(sample, context);
            var file = WriteSample(sample, folder, sample.Target.FileName);
            var command = CreateCommand(file, folder, context);
            return PreparedSample.Run(sample, command);
        }).ToArray();
        return Task.FromResult<IReadOnlyList<PreparedSample>>(prepared);
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var folder = context.Folder(Name + "-syntax");
        var files = samples.Select(sample => WriteSample(sample, Path.Combine(folder, sample.Slug), sample.Target.FileName)).ToArray();
        var outcome = await ProcessRun.RunAsync(SyntaxCommand(files, folder, context), context.Timeout * 3, ct).ConfigureAwait(false);
        return ProblemsBySample(samples, outcome);
    }

    /// <summary>Each sample in its own folder below the runner's, so nothing one sample writes is seen by another.</summary>
    protected virtual string SampleFolder(Sample sample, RunContext context) => context.Folder(Name, sample.Slug);

    /// <summary>The command that runs the file, with the runtime's own CA setting pointing at the run's trust files.</summary>
    protected abstract ProcessStartInfo CreateCommand(string file, string folder, RunContext context);

    /// <summary>
    /// One process that compiles every file without running it and names each file that fails (or warns) on a line
    /// of its own, as the language's own check (<c>python -m py_compile</c>, <c>ruby -wc</c>...) would, file by file.
    /// </summary>
    protected abstract ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context);
}
