using HookSnippets.Description.Model;
using HookSnippets.Snippets.Rendering;

namespace HookSnippets.Verification;

/// <summary>
/// What to verify. <see cref="Targets"/> holds target ids or languages and <see cref="Operations"/> operation ids
/// (empty: all). <see cref="ToolsDirectory"/> is the folder whose node_modules holds axios and tree-sitter.
/// <see cref="KeepDirectory"/> receives the work folder (samples, builds) instead of deleting it.
/// Under <see cref="Ci"/> a skipped sample counts as a failure.
/// </summary>
public sealed record VerifyOptions
{
    public required ApiDescription Api { get; init; }

    /// <summary>The description file; the csharp-client samples are compiled against the client generated from it.</summary>
    public required string DescriptionPath { get; init; }

    public TemplatePack Pack { get; init; } = TemplatePack.Embedded;

    public IReadOnlyList<string> Targets { get; init; } = [];

    public IReadOnlyList<string> Operations { get; init; } = [];

    public string? ToolsDirectory { get; init; }

    public string? KeepDirectory { get; init; }

    public TimeSpan SampleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Samples run this many at a time, each worker with its own recording server (2 suits a 2-core machine).</summary>
    public int Parallelism { get; init; } = 2;

    public bool Ci { get; init; }

    /// <summary>Run only this part of the selected operations (<c>--shard K/N</c>).</summary>
    public Runs.Shard? Shard { get; init; }

    /// <summary>Samples that passed in this earlier run, unchanged since, are not run again.</summary>
    public Runs.Baseline? Baseline { get; init; }

    /// <summary>Give each result its fingerprint (for a results file).</summary>
    public bool Fingerprints { get; init; }
}
