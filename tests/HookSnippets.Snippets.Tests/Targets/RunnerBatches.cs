using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Targets;
using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Verification;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Snippets.Tests.Targets;

/// <summary>
/// Takes samples of any targets to verify's runners the way verify does: one batch per runner (the runner target.json
/// names), in a work folder of the test. A runner or an npm package that is missing here leaves its targets out and is
/// named in <see cref="Missing"/>: the test checks what it could, then skips (fails under CI=true).
/// </summary>
internal sealed class RunnerBatches : IDisposable
{
    private static readonly TimeSpan SampleTimeout = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();

    private RunnerBatches(RecordingServer.RecordingServer? server)
    {
        Trust = server is null ? SharedTrust.Value : server.Authority.WriteTrustFiles(Directory.CreateDirectory(Path.Combine(_folder.Path, "trust")).FullName);
    }

    /// <summary>Trust files of a CA no server uses: enough for runners that only check syntax or compile.</summary>
    private static readonly Lazy<TrustFiles> SharedTrust = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("hooksnippets-trust-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        using var authority = TestCertificateAuthority.Create();
        return authority.WriteTrustFiles(folder);
    });

    public TrustFiles Trust { get; }

    public List<string> Missing { get; } = [];

    /// <param name="server">The server whose CA the samples trust; when null, a CA no server uses.</param>
    public static RunnerBatches Create(RecordingServer.RecordingServer? server = null) => new(server);

    /// <param name="descriptionFile">The description the samples come from (the generated C# client is compiled from it).</param>
    public RunContext Context(string descriptionFile, string apiName)
    {
        var work = Directory.CreateDirectory(Path.Combine(_folder.Path, "work-" + Guid.NewGuid().ToString("N")[..8])).FullName;
        return new RunContext(work, Trust, RepositoryRoot.File("tools"), [new VerifiedDescription(descriptionFile, apiName)], SampleTimeout, parallelism: 2);
    }

    /// <summary>The samples grouped by runner, without those whose toolchain is missing (named in <see cref="Missing"/>).</summary>
    public IReadOnlyList<(SampleRunner Runner, Sample[] Samples)> ByRunner(IEnumerable<Sample> samples, RunContext context)
    {
        var batches = new List<(SampleRunner, Sample[])>();
        foreach (var group in samples.GroupBy(s => s.Target.Runner))
        {
            var runner = SampleRunners.Find(group.Key);
            Assert.True(runner is not null, $"no runner '{group.Key}' for {string.Join(", ", group.Select(s => s.Target.Id).Distinct())}");
            var status = runner.Detect(context);
            if (!status.Available)
            {
                Missing.Add($"{runner.Name}: {status.Problem}");
                continue;
            }

            var ready = group.Where(s => runner.MissingFor(s.Target, context) is null).ToArray();
            Missing.AddRange(group.Except(ready).Select(s => s.Target).Distinct().Select(t => $"{t.Id}: {runner.MissingFor(t, context)}"));
            if (ready.Length > 0)
            {
                batches.Add((runner, ready));
            }
        }

        return batches;
    }

    /// <summary>After the checks that could run: skip, or fail under CI=true, when a toolchain was missing.</summary>
    public void SkipIfMissing() =>
        Toolchain.SkipUnlessCi(Missing.Count > 0, "missing toolchains (run scripts/install-toolchains.sh):\n" + string.Join("\n", Missing.Distinct()));

    public void Dispose() => _folder.Dispose();

    /// <summary>Every shipped target with a runner that runs its samples (not one that only parses them).</summary>
    public static IEnumerable<SnippetTarget> ExecutedTargets => TestSamples.Targets.Where(t => SampleRunners.Find(t.Runner)?.Executes != false);
}
