using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// A toolchain that runs the sample file directly: nothing to compile, each sample is written and run by its
/// interpreter, and one interpreter process checks the syntax of them all. An interpreter that can fork runs the
/// samples from a host (<see cref="HostScript"/>) that loads the modules samples import once and forks a child per
/// sample, which runs it as the interpreter would run the file.
/// </summary>
public abstract class ScriptRunner : SampleRunner
{
    public override Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var host = HostScript is { } script ? HostCommand(script, context) : null;
        var prepared = samples.Select(sample =>
        {
            var folder = SampleFolder(sample, context);
            var file = WriteSample(sample, folder, sample.Target.FileName);
            return host is null ? PreparedSample.Run(sample, CreateCommand(file, folder, context)) : PreparedSample.Hosted(sample, file, folder);
        }).ToArray();
        return Task.FromResult(new PreparedBatch(prepared, host));
    }

    private ProcessStartInfo HostCommand(string script, RunContext context)
    {
        var command = CreateCommand(HostFile(script, context), context.Folder(Name), context);
        foreach (var module in HostPreloads)
        {
            command.ArgumentList.Add(module);
        }

        return command;
    }

    /// <summary>Where the host script is run from: where it is extracted, unless the runner needs it beside something.</summary>
    protected virtual string HostFile(string script, RunContext context) => context.ExtractResource(script);

    /// <summary>The host script below Runners/ (<c>Python/sample_host.py</c>), or null to run each sample in a process of its own.</summary>
    protected virtual string? HostScript => null;

    /// <summary>The modules the host loads before it forks its first sample: those the runner's samples import.</summary>
    protected virtual IReadOnlyList<string> HostPreloads => [];

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var folder = context.Folder(Name + "-syntax");
        var files = samples.Select(sample => WriteSample(sample, Path.Combine(folder, sample.Slug), sample.Target.FileName)).ToArray();
        var outcome = await ProcessRun.RunAsync(SyntaxCommand(files, folder, context), context.Timeout * 3, ct).ConfigureAwait(false);
        return ProblemsBySample(samples, outcome);
    }

    /// <summary>Each sample in its own folder below the runner's, so nothing one sample writes is seen by another.</summary>
    protected virtual string SampleFolder(Sample sample, RunContext context) => context.Folder(Name, sample.Slug);

    /// <summary>The command that runs the file (a sample, or the host), with the runtime's own CA setting pointing at the run's trust files.</summary>
    protected abstract ProcessStartInfo CreateCommand(string file, string folder, RunContext context);

    /// <summary>
    /// One process that compiles every file without running it and names each file that fails (or warns) on a line
    /// of its own, as the language's own check (<c>python -m py_compile</c>, <c>ruby -wc</c>...) would, file by file.
    /// </summary>
    protected abstract ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context);
}
