using System.Diagnostics;
using System.Text.RegularExpressions;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// A sample ready to run, in its own process (<see cref="Command"/>, its trust settings in the environment) or inside
/// its batch's host (<see cref="Entry"/>: the file, class folder or assembly the host loads), always in its own working
/// <see cref="Folder"/>; or already judged while preparing (<see cref="Verdict"/>: a compile error, or a parse result for
/// a language that cannot run here).
/// </summary>
public sealed record PreparedSample(Sample Sample, string? Folder, ProcessStartInfo? Command, string? Entry, SampleResult? Verdict)
{
    public static PreparedSample Run(Sample sample, ProcessStartInfo command) => new(sample, command.WorkingDirectory, command, null, null);

    public static PreparedSample Hosted(Sample sample, string entry, string folder) => new(sample, folder, null, entry, null);

    public static PreparedSample Judged(SampleResult verdict, Sample sample) => new(sample, null, null, null, verdict);

    /// <summary>A sample verify sends itself (http-http11: the message's bytes), with no process: <see cref="Send"/> does it.</summary>
    public static PreparedSample SentInProcess(Sample sample, string folder, Func<TimeSpan, CancellationToken, Task<ProcessOutcome>> send) =>
        new(sample, folder, null, null, null) { Send = send };

    /// <summary>Sends the sample in verify's own process, within the timeout, and reports it as a process would.</summary>
    public Func<TimeSpan, CancellationToken, Task<ProcessOutcome>>? Send { get; init; }
}

/// <summary>
/// What a runner's preparation gives: each sample ready to run or judged, and the command that starts the runner's
/// host (see <see cref="SampleHost"/>) when its samples run inside one instead of a process each.
/// </summary>
public sealed record PreparedBatch(IReadOnlyList<PreparedSample> Samples, ProcessStartInfo? Host)
{
    /// <summary>A process the batch's hosts connect to (the browser runner's Chromium), held by each executor while it runs samples.</summary>
    public SharedProcess? Shared { get; init; }

    public static PreparedBatch Processes(IReadOnlyList<PreparedSample> samples) => new(samples, null);
}

/// <summary>
/// One toolchain, named in target.json's <c>runner</c>: how to find it, how to turn rendered samples into commands
/// (writing the files, compiling in a batch where that is faster), and a batched syntax check in the language's own
/// checker. Samples are never changed: only their files are placed. Helper files a runner needs sit in its folder and
/// ship inside this assembly (<see cref="RunContext.ExtractResource"/>).
/// </summary>
public abstract class SampleRunner
{
    /// <summary>The name target.json's <c>runner</c> gives (<c>go</c>, <c>dotnet</c>...), also the toolchain's name in reports.</summary>
    public abstract string Name { get; }

    /// <summary>False for a runner that can only judge samples while preparing them (Swift: parsed, never run).</summary>
    public virtual bool Executes => true;

    /// <summary>
    /// What one sample costs, relative to a sample run as a process of its own (cURL's, about 0.04 s of CPU): what
    /// shards balance. Runners that compile or link per sample cost more.
    /// </summary>
    public virtual double CostPerSample => 1;

    /// <summary>
    /// The host name this runner's samples reach the recording server by, instead of its address (127.0.0.1), or null
    /// for the address: a client that checks the server's certificate against the URL's host as a DNS name only (cohttp
    /// over ocaml-ssl) is given <c>localhost</c>, which the run's certificate names too. The expected request is built
    /// from the same URL, so it is judged exactly as the sample sends it.
    /// </summary>
    public virtual string? ServerHost => null;

    /// <summary>True when preparing is slow enough to start first and overlap with the other toolchains' runs.</summary>
    public virtual bool PreparesInBackground => false;

    public abstract ToolchainStatus Detect(RunContext context);

    /// <summary>What a target needs beyond the toolchain and lacks here (an npm package of its target.json), or null.</summary>
    public virtual string? MissingFor(SnippetTarget target, RunContext context)
    {
        var missing = target.Toolchain.Npm
            .Where(package => context.NodeModules is not { } modules || !Directory.Exists(Path.Combine(modules, package.Name)))
            .Select(package => $"{package.Name}@{package.Version}")
            .ToArray();
        return missing.Length == 0 ? null : $"npm package {string.Join(", ", missing)} not installed";
    }

    public abstract Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct);

    /// <summary>
    /// Checks every sample without running it, in as few processes as the toolchain allows, warnings counting as
    /// problems: for each sample, in order, what the checker reported about it, or null when it is clean.
    /// </summary>
    public abstract Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct);

    /// <summary>
    /// Writes the sample's text as <c>folder/fileName</c> (UTF-8, no BOM), and beside it the local files its request
    /// reads (<see cref="SampleFiles"/>): every runner runs a sample in the folder it was written to. Returns the path.
    /// </summary>
    protected static string WriteSample(Sample sample, string folder, string fileName)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, sample.Text, Snippets.Output.RenderedFiles.Utf8);
        SampleFiles.WriteInto(folder, sample.Expected.Files);
        return path;
    }

    /// <summary>A compile failure as a verdict, with the compiler's output.</summary>
    protected static PreparedSample CompileFailed(Sample sample, string compiler, ProcessOutcome outcome) =>
        PreparedSample.Judged(SampleResult.Failed(
            sample,
            outcome.TimedOut ? $"{compiler} did not finish within the timeout" : $"{compiler} failed (exit code {outcome.ExitCode})",
            outcome.Combined), sample);

    /// <summary>
    /// A batch checker's report split by sample: each line naming a sample's <see cref="Sample.Slug"/> (every file of a
    /// check sits in a folder of that name) belongs to it. A checker that failed, or wrote to stderr, without naming any
    /// sample fails them all, so that a crash never passes.
    /// </summary>
    protected static IReadOnlyList<string?> ProblemsBySample(IReadOnlyList<Sample> samples, ProcessOutcome outcome)
    {
        var lines = (outcome.Output + "\n" + outcome.Error).Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        var problems = samples
            .Select(sample =>
            {
                var own = lines.Where(line => NamesSample(line, sample.Slug)).ToArray();
                return own.Length == 0 ? null : string.Join("\n", own);
            })
            .ToArray();
        if (problems.All(p => p is null) && Failed(outcome))
        {
            var failure = outcome.TimedOut ? "the check did not finish within the timeout" : $"the check failed (exit code {outcome.ExitCode}) naming no sample:\n{outcome.Combined}";
            return samples.Select(_ => (string?)failure).ToArray();
        }

        return problems;
    }

    /// <summary>True when the checker failed, or wrote to stderr, without naming any of the samples.</summary>
    protected static bool Unexplained(IReadOnlyList<Sample> samples, ProcessOutcome outcome) =>
        Failed(outcome) && !(outcome.Output + "\n" + outcome.Error).Split('\n').Any(line => samples.Any(s => NamesSample(line, s.Slug)));

    private static bool Failed(ProcessOutcome outcome) => !outcome.Succeeded || outcome.Error.Trim().Length > 0;

    // A slug may end another (hooks_get, secrets_hooks_get): it must stand alone between non-name characters.
    private static bool NamesSample(string line, string slug) =>
        Regex.IsMatch(line, "(?<![A-Za-z0-9_])" + Regex.Escape(slug) + "(?![A-Za-z0-9_])");
}
