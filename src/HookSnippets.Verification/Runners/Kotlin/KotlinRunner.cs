using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// kotlin-okhttp with Debian's kotlin (kotlinc 1.3.31 on the JDK) and a library's jars (OkHttp 3.13): kotlinc takes
/// 3-4 s per call, so every sample of the batch is compiled by ONE kotlinc call into one class folder. Each sample is
/// written as <c>SampleN.kt</c> in a folder of its own (named by its slug, so that kotlinc's messages name the
/// sample); its top-level <c>main</c> becomes the class <c>SampleNKt</c>. Kotlin allows a <c>main</c> per file in one
/// package, and the template declares nothing else at top level, so the files compile together. A sample that fails
/// to compile is judged alone: the others are compiled again without it. Samples run in the Java runner's host
/// (SampleHost.java, a class loader per sample with the Kotlin standard library and the library's jars, the class
/// named after <c>#</c>), with the Java runners' truststore in JAVA_TOOL_OPTIONS; a sample whose folder holds input
/// files runs as <c>java -cp ... SampleNKt</c> there. The compiler runs as the kotlinc script runs it (its preloader),
/// without the script's <c>-noverify</c>, which JDK 17 warns about on stderr. The syntax check is the same one call
/// with <c>-Werror</c>.
/// </summary>
public sealed class KotlinRunner(string name, IReadOnlyList<string> libraries) : SampleRunner
{
    private const string Home = "/usr/share/kotlin/kotlinc/lib";
    private const string StandardLibrary = "/usr/share/java/kotlin-stdlib.jar";

    public override string Name => name;

    /// <summary>A share of one kotlinc call (about 4 s for a batch) and a hosted run, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 3;

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.Find("java") is null || !File.Exists(Path.Combine(Home, "kotlin-compiler.jar")) || !File.Exists(StandardLibrary))
        {
            return ToolchainStatus.Missing(Name, "kotlinc (Debian's kotlin, " + Home + ") or java not found");
        }

        if (context.Trust.JavaTrustStore is null)
        {
            return ToolchainStatus.Missing(Name, "keytool was not found next to java");
        }

        if (libraries.FirstOrDefault(jar => !File.Exists(jar)) is { } missing)
        {
            return ToolchainStatus.Missing(Name, missing + " not found");
        }

        return ProcessRun.VersionLine("java", [.. Compiler, "-version"]) is { } version
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "kotlinc did not start");
    }

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var root = context.Folder(Name);
        var jobs = Write(samples, root);
        var classes = Path.Combine(root, "classes");
        var verdicts = new Dictionary<Sample, PreparedSample>();
        var pending = jobs;
        // A failing file fails the whole call: the rest are compiled again without it (at most once more).
        for (var attempt = 0; attempt < 2 && pending.Length > 0; attempt++)
        {
            var outcome = await CompileAsync(pending, classes, lint: false, root, context, ct).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                break;
            }

            var failed = pending.Where(job => Messages(outcome, job.Source) is not null).ToArray();
            if (failed.Length == 0 || attempt == 1)
            {
                foreach (var job in pending)
                {
                    verdicts[job.Sample] = CompileFailed(job.Sample, "kotlinc (batch)", outcome);
                }

                pending = [];
                break;
            }

            foreach (var job in failed)
            {
                verdicts[job.Sample] = PreparedSample.Judged(SampleResult.Failed(job.Sample, "kotlinc failed", Messages(outcome, job.Source) ?? ""), job.Sample);
            }

            pending = [.. pending.Except(failed)];
        }

        string[] runPath = [StandardLibrary, .. libraries];
        var prepared = jobs.Select(job => verdicts.TryGetValue(job.Sample, out var verdict)
            ? verdict
            : JavaRunner.HoldsOnlyItsOwnFiles(job.Folder, job.Source, job.Source)
                ? PreparedSample.Hosted(job.Sample, classes + "#" + job.MainClass, job.Folder)
                : PreparedSample.Run(job.Sample, JavaRunner.Java(["-cp", string.Join(Path.PathSeparator, [classes, .. runPath]), job.MainClass], job.Folder, context))).ToArray();
        return new PreparedBatch(prepared, JavaRunner.Java([context.ExtractResource("Java/SampleHost.java"), .. runPath], context.Folder(Name, "host"), context));
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var root = context.Folder(Name + "-syntax");
        var jobs = Write(samples, root);
        var outcome = await CompileAsync(jobs, Path.Combine(root, "classes"), lint: true, root, context, ct).ConfigureAwait(false);
        if (outcome.Succeeded)
        {
            return [.. samples.Select(_ => (string?)null)];
        }

        var problems = jobs.Select(job => Messages(outcome, job.Source)).ToArray();
        return problems.All(p => p is null) ? ProblemsBySample(samples, outcome) : problems;
    }

    /// <summary>The compiler as the kotlinc script starts it, through Kotlin's preloader.</summary>
    private static string[] Compiler =>
        ["-cp", Path.Combine(Home, "kotlin-preloader.jar"), "org.jetbrains.kotlin.preloading.Preloader",
            "-cp", Path.Combine(Home, "kotlin-compiler.jar"), "org.jetbrains.kotlin.cli.jvm.K2JVMCompiler"];

    private static Job[] Write(IReadOnlyList<Sample> samples, string root) =>
        [.. samples.Select((sample, i) =>
        {
            var folder = Path.Combine(root, sample.Slug);
            return new Job(sample, folder, WriteSample(sample, folder, $"Sample{i}.kt"), $"Sample{i}Kt");
        })];

    private Task<ProcessOutcome> CompileAsync(IReadOnlyList<Job> jobs, string classes, bool lint, string root, RunContext context, CancellationToken ct)
    {
        if (Directory.Exists(classes))
        {
            Directory.Delete(classes, recursive: true);
        }

        string[] options = lint ? ["-Werror"] : ["-nowarn"];
        var command = ProcessRun.Command(
            "java",
            [.. JavaRunner.StartupFlags, .. Compiler, .. options, "-no-reflect",
                "-cp", string.Join(Path.PathSeparator, libraries), "-d", classes, .. jobs.Select(job => job.Source)],
            root);
        return ProcessRun.RunAsync(command, context.Timeout * 6, ct);
    }

    /// <summary>kotlinc's messages about one file: each starts with the file's path, the source line and caret follow.</summary>
    private static string? Messages(ProcessOutcome outcome, string source)
    {
        var lines = (outcome.Output + "\n" + outcome.Error).Split('\n');
        var own = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(source + ":", StringComparison.Ordinal))
            {
                own.Add(lines[i].TrimEnd('\r'));
                for (var j = i + 1; j < lines.Length && !lines[j].StartsWith('/') && j <= i + 2; j++)
                {
                    own.Add(lines[j].TrimEnd('\r'));
                }
            }
        }

        return own.Count == 0 ? null : string.Join("\n", own);
    }

    private sealed record Job(Sample Sample, string Folder, string Source, string MainClass);
}
