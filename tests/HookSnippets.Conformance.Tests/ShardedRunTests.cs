using HookSnippets.Cli;
using HookSnippets.Verification;
using HookSnippets.Verification.Runs;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// <c>verify --shard K/N</c> then <c>verify merge</c> give the matrix of one full run; merge refuses parts that do not
/// make one run; <c>--baseline</c> and <c>--changed-since</c> run again only what changed.
/// </summary>
[Collection(ConformanceSuite.Name)]
public sealed class ShardedRunTests : IDisposable
{
    private static readonly string[] Targets = ["--target", "shell-curl", "--target", "python-requests"];

    private readonly string _temp = Directory.CreateTempSubdirectory("hooksnippets-shards-").FullName;

    [SkippableFact]
    public void Four_shards_merged_give_the_matrix_of_one_full_run()
    {
        Toolchain.Require("curl");
        Toolchain.Require("/usr/bin/python3");
        var full = Run(["verify", Repository.ShippedDescription, .. Targets, "--results", File("full.json")]);
        Assert.True(full.ExitCode == 0, full.Output + full.Error);
        var parts = Enumerable.Range(1, 4).Select(k => File($"part{k}.json")).ToArray();
        for (var k = 1; k <= 4; k++)
        {
            var part = Run(["verify", Repository.ShippedDescription, .. Targets, "--shard", $"{k}/4", "--results", parts[k - 1]]);
            Assert.True(part.ExitCode == 0, part.Output + part.Error);
            Assert.Contains($"shard {k}/4: ", part.Error);
        }

        var merged = Run(["verify", "merge", .. parts.Reverse(), "--results", File("merged.json")]);
        Assert.True(merged.ExitCode == 0, merged.Output + merged.Error);
        Assert.Equal(WithoutDuration(full.Output), WithoutDuration(merged.Output));
        var whole = ResultsFile.Read(File("full.json"));
        var joined = ResultsFile.Read(File("merged.json"));
        Assert.Equal(whole.Results.Select(r => (r.OperationId, r.TargetId, r.Outcome, r.Fingerprint)), joined.Results.Select(r => (r.OperationId, r.TargetId, r.Outcome, r.Fingerprint)));
        Assert.Equal(9, parts.Sum(p => ResultsFile.Read(p).Operations.Count));
    }

    [SkippableFact]
    public void Merge_refuses_a_missing_part_a_part_given_twice_overlapping_parts_and_another_run()
    {
        Toolchain.Require("curl");
        var parts = Enumerable.Range(1, 2).Select(k => File($"part{k}.json")).ToArray();
        for (var k = 1; k <= 2; k++)
        {
            Assert.Equal(0, Run(["verify", Repository.ShippedDescription, "--target", "shell-curl", "--shard", $"{k}/2", "--results", parts[k - 1]]).ExitCode);
        }

        Assert.Equal(0, Run(["verify", Repository.ShippedDescription, "--target", "shell-curl", "--operation", "hooks.get", "--results", File("other.json")]).ExitCode);
        var full = File("full.json");
        Assert.Equal(0, Run(["verify", Repository.ShippedDescription, "--target", "shell-curl", "--results", full]).ExitCode);

        Assert.Equal((2, "error: part 2/2 missing: the files given are parts 1/2\n"), Refused([parts[0]]));
        Assert.Equal((2, $"error: part 1/2 is given more than once: {parts[0]}, {parts[0]}\n"), Refused([parts[0], parts[0], parts[1]]));
        Assert.Equal((2, $"error: {File("other.json")}: not a part of the run of {parts[0]} (its description, targets, operations or number of parts differ)\n"), Refused([parts[0], File("other.json")]));

        // A part whose samples are also in another: a file edited to claim part 2 of a run it belongs to.
        var overlapping = File("overlap.json");
        System.IO.File.WriteAllText(overlapping, System.IO.File.ReadAllText(parts[0]).Replace("\"shard\": \"1/2\"", "\"shard\": \"2/2\"", StringComparison.Ordinal));
        var (code, error) = Refused([parts[0], overlapping]);
        Assert.Equal(2, code);
        Assert.EndsWith($"is in {parts[0]} and in {overlapping}: parts overlap\n", error);
        Assert.Equal((2, $"error: {File("none.json")}: cannot be read: Could not find file '{File("none.json")}'.\n"), Refused([File("none.json")]));
        Assert.Equal(0, Run(["verify", "merge", full]).ExitCode);
    }

    [SkippableFact]
    public void A_baseline_run_again_only_the_samples_that_changed()
    {
        Toolchain.Require("curl");
        var baseline = File("baseline.json");
        Assert.Equal(0, Run(["verify", Repository.ShippedDescription, "--target", "shell-curl", "--results", baseline]).ExitCode);

        var same = Run(["verify", Repository.ShippedDescription, "--target", "shell-curl", "--baseline", baseline]);
        Assert.True(same.ExitCode == 0, same.Output + same.Error);
        Assert.Contains("baseline baseline.json: 9 of 9 samples unchanged (same sample, expected request, answer and toolchain; passed there), not run again\n", same.Error);
        Assert.EndsWith("9 samples: 0 passed, 0 failed, 0 parsed-only, 0 skipped, 9 unchanged (not run again) in ", WithoutDuration(same.Output));

        var changed = File("endpoints.json");
        System.IO.File.WriteAllText(changed, System.IO.File.ReadAllText(Repository.ShippedDescription).Replace("\"HOOK_SECRET_VALUE\"", "\"HOOK_SECRET_VALUE2\"", StringComparison.Ordinal));
        var run = Run(["verify", changed, "--target", "shell-curl", "--baseline", baseline]);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("baseline baseline.json: 7 of 9 samples unchanged (same sample, expected request, answer and toolchain; passed there), not run again; running 2: 2 with a changed sample, expected request or answer\n", run.Error);
        Assert.Matches(@"shell-curl\s+same\s+same\s+same\s+same\s+same\s+same\s+pass\s+pass\s+same", run.Output);
    }

    [SkippableFact]
    public void Changed_since_a_git_ref_runs_only_the_samples_the_change_touched()
    {
        Toolchain.Require("curl");
        Toolchain.Require("git");
        var repository = Directory.CreateDirectory(File("repository")).FullName;
        var description = Path.Combine(repository, "endpoints.json");
        System.IO.File.Copy(Repository.ShippedDescription, description);
        Git(repository, "init", "-q");
        Git(repository, "add", "endpoints.json");
        Git(repository, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "description");
        System.IO.File.WriteAllText(description, System.IO.File.ReadAllText(description).Replace("\"HOOK_SECRET_VALUE\"", "\"HOOK_SECRET_VALUE2\"", StringComparison.Ordinal));

        var run = Run(["verify", description, "--target", "shell-curl", "--changed-since", "HEAD"]);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("baseline git ref HEAD: 7 of 9 samples unchanged", run.Error);
        Assert.Matches(@"shell-curl\s+same\s+same\s+same\s+same\s+same\s+same\s+pass\s+pass\s+same", run.Output);

        var refused = Run(["verify", description, "--target", "shell-curl", "--changed-since", "no-such-ref"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"error: --changed-since no-such-ref: not a commit of a git repository holding {description}\n", refused.Error);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string File(string name) => Path.Combine(_temp, name);

    private (int ExitCode, string Error) Refused(IEnumerable<string> files)
    {
        var run = Run(["verify", "merge", .. files]);
        return (run.ExitCode, run.Error);
    }

    /// <summary>The console output without the run's duration, the one figure two runs never share.</summary>
    private static string WithoutDuration(string output) => System.Text.RegularExpressions.Regex.Replace(output, @" in [0-9.]+ s\n$", " in ");

    private static void Git(string folder, params string[] arguments) => Toolchain.Run("git", arguments, folder);

    private static (int ExitCode, string Output, string Error) Run(string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exitCode = HookSnippetsCli.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
