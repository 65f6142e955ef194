using HookSnippets.Description;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification.Runs;

/// <summary>Why a sample is run again, or that it need not be.</summary>
public enum SampleChange
{
    /// <summary>Same sample, request, answer and toolchain as in a run where it passed.</summary>
    Unchanged,

    /// <summary>The baseline has no such sample.</summary>
    New,

    /// <summary>Its rendered text, expected request or answer changed.</summary>
    Changed,

    /// <summary>Its toolchain's version (or verify's) changed.</summary>
    ToolchainChanged,

    /// <summary>It did not pass in the baseline (failed, skipped, not rendered).</summary>
    NotPassed,
}

/// <summary>
/// What an earlier run knew: from a results file (<c>--baseline</c>), each sample's fingerprint and whether it passed;
/// from a git ref (<c>--changed-since</c>), the hashes of the samples of the description as it was there, rendered
/// with the templates of this run, which are taken to have passed there (the docs CI verified that commit) and whose
/// toolchains are not compared (a ref records none).
/// </summary>
public sealed class Baseline
{
    private readonly Dictionary<(string Operation, string Target), (string Sample, string? Toolchain)> _passed;
    private readonly HashSet<(string Operation, string Target)> _known;

    private Baseline(string source, Dictionary<(string, string), (string, string?)> passed, HashSet<(string, string)> known)
    {
        Source = source;
        _passed = passed;
        _known = known;
    }

    /// <summary>Where it comes from, for messages: <c>verify-results.json</c>, <c>git ref main</c>.</summary>
    public string Source { get; }

    public SampleChange Compare(string operation, string target, SampleFingerprint? current)
    {
        if (!_known.Contains((operation, target)))
        {
            return SampleChange.New;
        }

        if (!_passed.TryGetValue((operation, target), out var before))
        {
            return SampleChange.NotPassed;
        }

        if (current is null || before.Sample != current.Sample)
        {
            return SampleChange.Changed;
        }

        return before.Toolchain is null || before.Toolchain == current.Toolchain ? SampleChange.Unchanged : SampleChange.ToolchainChanged;
    }

    /// <exception cref="ResultsFileException">The file is not a results file.</exception>
    public static Baseline FromResults(string path)
    {
        var report = ResultsFile.Read(path);
        var passed = new Dictionary<(string, string), (string, string?)>();
        foreach (var result in report.Results.Where(r => r.Fingerprint is not null && r.Outcome is SampleOutcome.Pass or SampleOutcome.ParsedOnly or SampleOutcome.Unchanged))
        {
            passed[(result.OperationId, result.TargetId)] = (result.Fingerprint!.Sample, result.Fingerprint.Toolchain);
        }

        return new Baseline(Path.GetFileName(path), passed, report.Results.Select(r => (r.OperationId, r.TargetId)).ToHashSet());
    }

    /// <summary>The description file as it was at <paramref name="reference"/>, read with git from the file's folder.</summary>
    /// <exception cref="BaselineException">git is missing, the folder is not in a repository, or the ref names no commit.</exception>
    public static Baseline FromGitRef(string reference, string descriptionPath, IReadOnlyList<SnippetTarget> targets, TemplatePack pack)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(descriptionPath))!;
        if (Git(folder, "rev-parse", "--verify", "--quiet", reference + "^{commit}") is not { Succeeded: true })
        {
            throw new BaselineException($"--changed-since {reference}: not a commit of a git repository holding {descriptionPath}");
        }

        var source = $"git ref {reference}";
        var shown = Git(folder, "show", $"{reference}:./{Path.GetFileName(descriptionPath)}");
        var old = shown is { Succeeded: true } ? DescriptionReader.Read(shown.Output, descriptionPath) : null;
        if (old?.Description is not { } api || old.HasErrors)
        {
            // The file is new at this ref, or was not a valid description there: every sample is new.
            return new Baseline(source, [], []);
        }

        Dictionary<(string, string), string> hashes;
        try
        {
            hashes = CanonicalSamples.Hash(api, targets, pack);
        }
        catch (RequestModelException)
        {
            return new Baseline(source, [], []);
        }

        return new Baseline(source, hashes.ToDictionary(h => h.Key, h => (h.Value, (string?)null)), [.. hashes.Keys]);
    }

    private static ProcessOutcome? Git(string folder, params string[] arguments)
    {
        try
        {
            return ProcessRun.RunAsync(ProcessRun.Command("git", arguments, folder), TimeSpan.FromMinutes(1), CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>A baseline cannot be read (the message names the option and why).</summary>
public sealed class BaselineException(string message) : Exception(message);
