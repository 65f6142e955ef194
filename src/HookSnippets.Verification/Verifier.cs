using System.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Output;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;
using HookSnippets.Verification.Runners;
using HookSnippets.Verification.Runs;
using Server = HookSnippets.RecordingServer.RecordingServer;
using ServerOptions = HookSnippets.RecordingServer.RecordingServerOptions;
using TestCertificateAuthority = HookSnippets.RecordingServer.TestCertificateAuthority;

namespace HookSnippets.Verification;

/// <summary>
/// Runs every selected sample in its real toolchain against local HTTPS recording servers and judges the request it
/// sent. Each worker owns one server and runs its samples one at a time, so every recorded request belongs to the
/// sample that is running; samples are rendered with <c>--base-url https://127.0.0.1:PORT/BASEPATH</c> of their
/// worker's server (<c>localhost</c> for a runner whose client checks the certificate by DNS name only:
/// <see cref="SampleRunner.ServerHost"/>) and are otherwise unchanged. Toolchains compile in batches first (see the runners).
/// </summary>
public static class Verifier
{
    /// <exception cref="SelectionException">A target or operation names nothing.</exception>
    /// <exception cref="RequestModelException">An operation's expected request cannot be built.</exception>
    public static async Task<VerifyReport> RunAsync(VerifyOptions options, IVerifyProgress progress, CancellationToken ct = default) =>
        (await RunAsync([options], progress, ct).ConfigureAwait(false))[0];

    /// <summary>
    /// Verifies several descriptions in one run, one report each: the toolchains are detected, prepared (the batched
    /// compiles) and started once for the samples of all of them, which saves each toolchain's fixed cost per
    /// description. The runs share the workers, the tools folder, the timeout and the kept folder, so those options
    /// must be the same in each.
    /// </summary>
    /// <exception cref="ArgumentException">No run, or the runs disagree on what they share.</exception>
    /// <exception cref="SelectionException">A target or operation names nothing.</exception>
    /// <exception cref="RequestModelException">An operation's expected request cannot be built.</exception>
    public static async Task<IReadOnlyList<VerifyReport>> RunAsync(IReadOnlyList<VerifyOptions> runs, IVerifyProgress progress, CancellationToken ct = default)
    {
        var shared = runs.Count > 0 ? runs[0] : throw new ArgumentException("nothing to verify: no description", nameof(runs));
        if (runs.Any(r => r.Parallelism != shared.Parallelism || r.ToolsDirectory != shared.ToolsDirectory || r.SampleTimeout != shared.SampleTimeout || r.KeepDirectory != shared.KeepDirectory))
        {
            throw new ArgumentException("descriptions verified in one run share its workers, tools folder, timeout and kept folder: give each the same", nameof(runs));
        }

        var clock = Stopwatch.StartNew();
        var parts = runs.Select((options, index) => new Part(index, options, SelectOperations(options.Api, options.Operations), SelectTargets(options.Pack, options.Targets))).ToArray();
        var workers = Math.Max(1, shared.Parallelism);

        var work = Path.Combine(Path.GetTempPath(), "hooksnippets-verify-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(work);
        using var authority = TestCertificateAuthority.Create();
        var servers = new List<Server>();
        try
        {
            for (var i = 0; i < workers; i++)
            {
                servers.Add(await Server.StartAsync(new ServerOptions { Authority = authority }, ct).ConfigureAwait(false));
            }

            var trust = authority.WriteTrustFiles(Path.Combine(work, "trust"));
            var context = new RunContext(
                work, trust, shared.ToolsDirectory, [.. runs.Select(r => new VerifiedDescription(Path.GetFullPath(r.DescriptionPath), r.Api.Name))], shared.SampleTimeout, workers);
            var statuses = SampleRunners.All
                .Where(runner => parts.Any(part => part.Targets.Any(t => t.Runner == runner.Name)))
                .Select(runner => (Runner: runner, Status: runner.Detect(context)))
                .ToArray();
            var samples = new List<Sample>();
            foreach (var part in parts)
            {
                part.Start(statuses, progress);
                samples.AddRange(Render(part, servers));
            }

            var total = samples.Count + parts.Sum(p => p.Results.Count);
            foreach (var sample in samples.Where(s => SampleRunners.Find(s.Target.Runner) is null))
            {
                parts[sample.DescriptionIndex].Results.Add(new SampleResult(sample.Row, sample.Target.Id, SampleOutcome.Skipped, [NoRunner(sample.Target)], [], sample.Expected, "", TimeSpan.Zero));
            }

            var runners = new List<(SampleRunner Runner, Sample[] Samples, ToolchainStatus Status)>();
            foreach (var (runner, status) in statuses)
            {
                var own = samples.Where(s => s.Target.Runner == runner.Name).ToArray();
                var ready = own.Where(s => !status.Available || runner.MissingFor(s.Target, context) is null).ToArray();
                foreach (var sample in own.Except(ready))
                {
                    parts[sample.DescriptionIndex].Results.Add(Skipped(sample, runner.MissingFor(sample.Target, context)!));
                }

                if (own.Length > 0)
                {
                    runners.Add((runner, ready, status));
                }
            }

            // A slow batch (the .NET build) starts now and compiles while the other toolchains run their samples.
            var background = runners
                .Where(r => r.Status.Available && r.Samples.Length > 0 && r.Runner.PreparesInBackground)
                .ToDictionary(r => r.Runner, r => Prepare(r.Runner, r.Samples, r.Status));
            foreach (var (runner, own, status) in runners)
            {
                if (!status.Available)
                {
                    progress.Note($"{runner.Name}: {status.Problem}, skipping {own.Length} samples");
                    foreach (var sample in own)
                    {
                        Add(sample, Skipped(sample, status.Problem));
                    }

                    continue;
                }

                if (own.Length == 0)
                {
                    continue;
                }

                var prepared = await (background.GetValueOrDefault(runner) ?? Prepare(runner, own, status)).ConfigureAwait(false);
                var phase = Stopwatch.StartNew();
                foreach (var judged in prepared.Samples.Where(p => p.Verdict is not null))
                {
                    Add(judged.Sample, judged.Verdict!);
                }

                var runnable = prepared.Samples.Where(p => p.Verdict is null).ToArray();
                await Task.WhenAll(servers.Select((server, worker) => Task.Run(async () =>
                {
                    await using var executor = new SampleExecutor(prepared, runner.Name, shared.SampleTimeout);
                    foreach (var item in runnable.Where(p => p.Sample.Worker == worker))
                    {
                        Add(item.Sample, await RunOneAsync(item, server, executor, parts[item.Sample.DescriptionIndex].Options.Api, shared.SampleTimeout, ct).ConfigureAwait(false));
                    }
                }, ct))).ConfigureAwait(false);
                if (runnable.Length > 0)
                {
                    progress.Note($"{runner.Name}: ran {runnable.Length} samples in {phase.Elapsed.TotalSeconds:0.0} s");
                }
            }

            progress.Complete();
            if (shared.KeepDirectory is { } keep)
            {
                CopyTree(work, keep);
            }

            return parts.Select(part => part.Report(clock.Elapsed)).ToArray();

            async Task<PreparedBatch> Prepare(SampleRunner runner, Sample[] own, ToolchainStatus status)
            {
                progress.Note($"{runner.Name}: preparing {own.Length} samples ({status.Version})");
                var clock = Stopwatch.StartNew();
                var prepared = await runner.PrepareAsync(own, context, ct).ConfigureAwait(false);
                progress.Note($"{runner.Name}: prepared in {clock.Elapsed.TotalSeconds:0.0} s");
                return prepared;
            }

            void Add(Sample sample, SampleResult result)
            {
                lock (parts)
                {
                    parts[sample.DescriptionIndex].Results.Add(result);
                    progress.Sample(result, parts.Sum(p => p.Results.Count), total);
                }
            }
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }

            TryDelete(work);
        }
    }

    private static async Task<SampleResult> RunOneAsync(PreparedSample item, Server server, SampleExecutor executor, ApiDescription api, TimeSpan timeout, CancellationToken ct)
    {
        var sample = item.Sample;
        var operation = api.Operations.First(o => o.Id == sample.OperationId);
        server.Clear();
        server.Responder = _ => SuccessResponses.For(api, operation);
        ProcessOutcome outcome;
        try
        {
            outcome = await executor.RunAsync(item, ct).ConfigureAwait(false);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return SampleResult.Failed(sample, $"could not start {item.Command?.FileName}: {e.Message}");
        }
        catch (SampleHostException e)
        {
            return SampleResult.Failed(sample, e.Message);
        }

        var requests = server.Requests;
        var differences = new List<string>();
        if (outcome.TimedOut)
        {
            differences.Add($"timed out: still running after {timeout.TotalSeconds:0.#} s (killed)");
        }
        else if (outcome.ExitCode != 0)
        {
            differences.Add($"exited with code {outcome.ExitCode}");
        }

        differences.AddRange(ExpectedRequestComparer.Compare(sample.Expected, requests, sample.Target.KeepsHeaderNameCase, sample.Target.BrowserOwnedHeaders));
        return new SampleResult(
            sample.Row,
            sample.Target.Id,
            differences.Count == 0 ? SampleOutcome.Pass : SampleOutcome.Fail,
            differences,
            requests,
            sample.Expected,
            outcome.Combined,
            outcome.Duration);
    }

    /// <summary>A sample whose toolchain, or part of it, is missing: what is missing, then how to install it (target.json, and the command that reads it).</summary>
    private static SampleResult Skipped(Sample sample, string missing) =>
        new(sample.Row, sample.Target.Id, SampleOutcome.Skipped,
            [$"{missing}: {sample.Target.InstallHint ?? "see docs/verify.md"} ('hooksnippets toolchains --target {sample.Target.Id}' lists what is missing)"], [], sample.Expected, "", TimeSpan.Zero);

    private static string NoRunner(Snippets.Targets.SnippetTarget target) => target.Runner is null
        ? $"no runner: add target.json naming one to {target.Folder}/ (docs/verify.md)"
        : $"no runner '{target.Runner}': target.json names a runner verify does not have ({string.Join(", ", SampleRunners.All.Select(r => r.Name))})";

    /// <summary>
    /// Renders each operation × example set × target of <paramref name="part"/> not unchanged, for its worker's server. A
    /// template error is that sample's failure; a request the target declares it cannot send (HS3008, HS3009) is
    /// reported as not supported.
    /// </summary>
    private static List<Sample> Render(Part part, IReadOnlyList<Server> servers)
    {
        var (options, operations, targets, unchanged, results) = (part.Options, part.Operations, part.Targets, part.Unchanged, part.Results);
        var basePath = RequestModelBuilder.ResolveBaseUrl(options.Api).BasePath;
        var selected = operations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        // Per host name the samples use (the servers' address, or the name a runner needs: SampleRunner.ServerHost), each server's models.
        var modelsByHost = new Dictionary<string, OperationModel[][]>(StringComparer.Ordinal);
        OperationModel[][] Models(string? host)
        {
            var key = host ?? "";
            if (!modelsByHost.TryGetValue(key, out var built))
            {
                built = servers
                    .Select(server => RequestModelBuilder.Build(options.Api, new ServerAddress("https", host ?? server.BaseAddress.Host, server.BaseAddress.Port, basePath))
                        .Where(m => selected.Contains(m.Operation.Id))
                        .ToArray())
                    .ToArray();
                modelsByHost[key] = built;
            }

            return built;
        }

        var rows = Rows(operations);
        var renderer = new SnippetRenderer(options.Pack);
        var api = new ApiFacts(options.Api.Name, options.Api.Title);
        var samples = new List<Sample>();
        var index = 0;
        foreach (var target in targets)
        {
            var models = Models(SampleRunners.Find(target.Runner)?.ServerHost);
            for (var i = 0; i < rows.Length; i++)
            {
                if (unchanged.Contains((rows[i], target.Id)))
                {
                    continue;
                }

                var worker = index++ % servers.Count;
                var model = models[worker][i];
                try
                {
                    samples.Add(new Sample(model.Operation.Id, target, renderer.Render(target, model, api), model.Expected, worker, model.Example.Suffix) { DescriptionIndex = part.Index });
                }
                catch (TemplateException e)
                {
                    results.Add(new SampleResult(rows[i], target.Id, SampleOutcome.Fail,
                        e.Diagnostics.Select(d => "template error: " + d).ToArray(), [], model.Expected, "", TimeSpan.Zero));
                }
                catch (SampleRefusedException e)
                {
                    results.Add(new SampleResult(rows[i], target.Id, SampleOutcome.NotSupported,
                        [$"{e.Id}: {e.Message}"], [], model.Expected, "", TimeSpan.Zero));
                }
            }
        }

        return samples;
    }

    /// <summary>The report's rows: each operation, then its later example sets (<see cref="Sample.RowOf"/>).</summary>
    private static string[] Rows(IEnumerable<Operation> operations) =>
        operations.SelectMany(o => ExampleSets.Of(o).Select(set => Sample.RowOf(o.Id, set.Facts.Suffix))).ToArray();

    /// <summary>
    /// Each selected sample's fingerprint, when a results file or a baseline needs it: the sample rendered as
    /// <c>render</c> writes it, and the version of its runner's toolchain.
    /// </summary>
    private static Dictionary<(string, string), SampleFingerprint> Fingerprints(
        VerifyOptions options, IReadOnlyList<Operation> operations, IReadOnlyList<SnippetTarget> targets, IReadOnlyList<(SampleRunner Runner, ToolchainStatus Status)> statuses)
    {
        if (!options.Fingerprints && options.Baseline is null)
        {
            return [];
        }

        var toolchains = statuses.ToDictionary(s => s.Runner.Name, s => SampleFingerprint.HashToolchain(s.Status));
        var ids = operations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        return CanonicalSamples.Hash(options.Api, targets, options.Pack, ids).ToDictionary(
            h => h.Key,
            h => new SampleFingerprint(h.Value, toolchains.GetValueOrDefault(targets.First(t => t.Id == h.Key.Target).Runner ?? "", "")));
    }

    /// <summary>The samples the baseline says need not run again; a note says how many, and why the others run.</summary>
    private static HashSet<(string, string)> Unchanged(
        VerifyOptions options, IReadOnlyList<Operation> operations, IReadOnlyList<SnippetTarget> targets, IReadOnlyDictionary<(string, string), SampleFingerprint> fingerprints, IVerifyProgress progress)
    {
        if (options.Baseline is not { } baseline)
        {
            return [];
        }

        var changes = Rows(operations)
            .SelectMany(row => targets.Select(t => (Cell: (row, t.Id), Change: baseline.Compare(row, t.Id, fingerprints.GetValueOrDefault((row, t.Id))))))
            .ToArray();
        var counts = changes.GroupBy(c => c.Change).ToDictionary(g => g.Key, g => g.Count());
        var reasons = new[]
        {
            (SampleChange.Changed, "with a changed sample, expected request or answer"),
            (SampleChange.New, "new"),
            (SampleChange.ToolchainChanged, "with another toolchain version"),
            (SampleChange.NotPassed, "that did not pass there"),
        }.Where(r => counts.GetValueOrDefault(r.Item1) > 0).Select(r => $"{counts[r.Item1]} {r.Item2}");
        var skipped = counts.GetValueOrDefault(SampleChange.Unchanged);
        progress.Note($"baseline {baseline.Source}: {skipped} of {changes.Length} samples unchanged (same sample, expected request, answer and toolchain; passed there), not run again"
            + (skipped < changes.Length ? $"; running {changes.Length - skipped}: {string.Join(", ", reasons)}" : ""));
        return changes.Where(c => c.Change == SampleChange.Unchanged).Select(c => c.Cell).ToHashSet();
    }

    private static IReadOnlyList<Operation> SelectOperations(ApiDescription api, IReadOnlyList<string> selection)
    {
        foreach (var id in selection.Where(id => !api.Operations.Any(o => o.Id == id)))
        {
            throw new SelectionException($"unknown operation '{id}': the description has {string.Join(", ", api.Operations.Select(o => o.Id))}");
        }

        return api.Operations.Where(o => selection.Count == 0 || selection.Contains(o.Id)).ToArray();
    }

    /// <summary>The selected targets that have a template, and those that have none (reported as skipped).</summary>
    private static (IReadOnlyList<SnippetTarget> Targets, IReadOnlyList<SnippetTarget> Missing) SelectTargets(TemplatePack pack, IReadOnlyList<string> selection)
    {
        var known = pack.Targets.Concat(pack.MissingTargets).ToArray();
        foreach (var name in selection.Where(name => !known.Any(t => t.Id == name || t.Language == name)))
        {
            throw new SelectionException(
                $"unknown target '{name}': use a target id ({string.Join(", ", known.Select(t => t.Id))}) or a language ({string.Join(", ", known.Select(t => t.Language).Distinct())})");
        }

        bool Selected(SnippetTarget t) => selection.Count == 0 || selection.Any(name => t.Id == name || t.Language == name);
        return (pack.Targets.Where(Selected).ToArray(), pack.MissingTargets.Where(Selected).ToArray());
    }

    private static void CopyTree(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var entry in new DirectoryInfo(source).EnumerateFileSystemInfos())
        {
            // node_modules is a link to the tools folder: copying it would duplicate the npm packages.
            if (entry.LinkTarget is not null)
            {
                continue;
            }

            var target = Path.Combine(destination, entry.Name);
            if (entry is DirectoryInfo)
            {
                CopyTree(entry.FullName, target);
            }
            else
            {
                File.Copy(entry.FullName, target, overwrite: true);
            }
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A process killed at its timeout may still hold a file for a moment; the folder is below the temp folder.
        }
    }

    /// <summary>One description of a run: what it selected, its results so far, and its report.</summary>
    private sealed class Part(int index, VerifyOptions options, IReadOnlyList<Operation> selected, (IReadOnlyList<SnippetTarget> Targets, IReadOnlyList<SnippetTarget> Missing) targets)
    {
        public int Index { get; } = index;

        public VerifyOptions Options { get; } = options;

        public IReadOnlyList<SnippetTarget> Targets { get; } = targets.Targets;

        public List<SampleResult> Results { get; } = [];

        /// <summary>The selected operations in this shard (all of them without one); set by <see cref="Start"/>.</summary>
        public IReadOnlyList<Operation> Operations { get; private set; } = [];

        public ISet<(string, string)> Unchanged { get; private set; } = new HashSet<(string, string)>();

        private Dictionary<(string, string), SampleFingerprint> _fingerprints = [];

        private IReadOnlyList<ToolchainStatus> _toolchains = [];

        /// <summary>Applies the baseline and the shard, and records the samples that will not run (unchanged, no template).</summary>
        public void Start(IReadOnlyList<(SampleRunner Runner, ToolchainStatus Status)> statuses, IVerifyProgress progress)
        {
            var own = statuses.Where(s => Targets.Any(t => t.Runner == s.Runner.Name)).ToArray();
            _toolchains = [.. own.Select(s => s.Status)];
            _fingerprints = Fingerprints(Options, selected, Targets, own);
            var unchanged = Verifier.Unchanged(Options, selected, Targets, _fingerprints, progress);
            Unchanged = unchanged;
            Operations = Options.Shard is { } shard
                ? shard.Select(selected, o => o.Id, o => Rows([o]).Sum(row => Targets.Where(t => !unchanged.Contains((row, t.Id))).Sum(t => SampleRunners.Find(t.Runner)?.CostPerSample ?? 0)))
                : selected;
            if (Options.Shard is not null)
            {
                progress.Note($"shard {Options.Shard}: {Operations.Count} of {selected.Count} operations");
            }

            var rows = Rows(Operations);
            foreach (var row in rows)
            {
                Results.AddRange(Targets.Where(t => unchanged.Contains((row, t.Id))).Select(t => new SampleResult(
                    row, t.Id, SampleOutcome.Unchanged, [$"unchanged since {Options.Baseline!.Source}: not run again"], [], null, "", TimeSpan.Zero)));
            }

            foreach (var target in targets.Missing)
            {
                Results.AddRange(rows.Select(row => new SampleResult(
                    row, target.Id, SampleOutcome.Skipped, [$"no template: add {target.TemplatePath} beside its target.json"], [], null, "", TimeSpan.Zero)));
            }
        }

        public VerifyReport Report(TimeSpan duration)
        {
            var rows = Rows(Operations);
            var byCell = Results.ToDictionary(r => (r.OperationId, r.TargetId));
            var ordered = rows
                .SelectMany(row => Targets.Concat(targets.Missing).Select(t => byCell[(row, t.Id)] with { Fingerprint = _fingerprints.GetValueOrDefault((row, t.Id)) }))
                .ToArray();
            return new VerifyReport(rows, [.. Targets, .. targets.Missing], ordered, _toolchains, duration, Options.Ci)
            {
                Selection = new RunSelection(
                    Path.GetFileName(Options.DescriptionPath),
                    Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Options.DescriptionPath))),
                    [.. Targets.Concat(targets.Missing).Select(t => t.Id)],
                    [.. selected.Select(o => o.Id)],
                    Options.Shard),
            };
        }
    }
}
