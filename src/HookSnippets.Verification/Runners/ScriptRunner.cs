using System.Diagnostics;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification.Runners;

/// <summary>A toolchain that runs the sample file directly: nothing to compile, each sample is written and run by its interpreter.</summary>
public abstract class ScriptRunner : SampleRunner
{
    /// <summary>The languages (first part of a target id) this runner handles.</summary>
    protected abstract IReadOnlyList<string> Languages { get; }

    public override bool Handles(SnippetTarget target) => Languages.Contains(target.Language);

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

    /// <summary>Each sample in its own folder below the runner's, so nothing one sample writes is seen by another.</summary>
    protected virtual string SampleFolder(Sample sample, RunContext context) => context.Folder(Name, sample.Slug);

    /// <summary>The command that runs the file, with the runtime's own CA setting pointing at the run's trust files.</summary>
    protected abstract ProcessStartInfo CreateCommand(string file, string folder, RunContext context);
}
