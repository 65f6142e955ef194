using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// java-httpclient: every sample declares <c>class Main</c>, so one javac over all files would see duplicate classes;
/// one JVM compiles them all instead (BatchCompile.java, each file to its own folder). Samples then run in one JVM per
/// worker (SampleHost.java), each in a class loader of its own, with JAVA_TOOL_OPTIONS naming the PKCS12 truststore of
/// the run's CA. A JVM cannot change its working folder, so a sample whose folder holds files besides its own runs as
/// <c>java -cp DIR Main</c> there instead. The syntax check is the same batch compile with every lint warning an error.
/// A target that needs a library (java-okhttp) has a runner of its own naming the library's jars: they are on the
/// compile and run class path of that runner's samples only.
/// </summary>
public sealed class JavaRunner : SampleRunner
{
    private readonly string name;
    private readonly IReadOnlyList<string> libraries;
    private readonly IReadOnlyList<string> harnessProperties;

    /// <summary>java-httpclient: the JDK alone.</summary>
    public JavaRunner() : this("java", [])
    {
    }

    /// <summary>
    /// A Java target on a library: <paramref name="libraries"/> are the jars (Debian's /usr/share/java) it needs;
    /// <paramref name="harnessProperties"/> are <c>-D</c> options the run sets for the library and a reader's run does
    /// not need (a shorter shutdown wait), so the sample stays as a reader writes it.
    /// </summary>
    public JavaRunner(string name, IReadOnlyList<string> libraries, IReadOnlyList<string>? harnessProperties = null)
    {
        this.name = name;
        this.libraries = libraries;
        this.harnessProperties = harnessProperties ?? [];
    }

    /// <summary>The jars Debian's library packages install, by name: /usr/share/java/NAME.jar.</summary>
    public static IReadOnlyList<string> DebianJars(params string[] names) =>
        [.. names.Select(jar => "/usr/share/java/" + jar + ".jar")];

    public override string Name => name;

    /// <summary>A compile in the batch JVM per sample, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 3;

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.Find("javac") is null || ProcessRun.VersionLine("java", "-version") is not { } version)
        {
            return ToolchainStatus.Missing(Name, "javac or java not found");
        }

        return context.Trust.JavaTrustStore is null
            ? ToolchainStatus.Missing(Name, "keytool was not found next to java")
            : libraries.FirstOrDefault(jar => !File.Exists(jar)) is { } missing
                ? ToolchainStatus.Missing(Name, missing + " not found")
                : ToolchainStatus.Found(Name, version);
    }

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var (jobs, outcome) = await CompileAsync(samples, Name, lint: false, libraries, context, ct).ConfigureAwait(false);
        var failures = FailuresByFile(outcome.Output);
        var prepared = jobs.Select(job =>
        {
            if (outcome.TimedOut || (outcome.ExitCode != 0 && failures.Count == 0))
            {
                return CompileFailed(job.Sample, "javac (batch)", outcome);
            }

            if (failures.TryGetValue(job.Source, out var messages))
            {
                return PreparedSample.Judged(SampleResult.Failed(job.Sample, "javac failed", messages), job.Sample);
            }

            return HoldsOnlyItsOwnFiles(job.Folder, job.Source, job.Classes)
                ? PreparedSample.Hosted(job.Sample, job.Classes, job.Folder)
                : PreparedSample.Run(job.Sample, Java([.. harnessProperties, "-cp", string.Join(Path.PathSeparator, [job.Classes, .. libraries]), "Main"], job.Folder, context));
        }).ToArray();
        return new PreparedBatch(prepared, Java([.. harnessProperties, context.ExtractResource("Java/SampleHost.java"), .. libraries], context.Folder(Name), context));
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct) =>
        ProblemsBySample(samples, (await CompileAsync(samples, Name + "-syntax", lint: true, libraries, context, ct).ConfigureAwait(false)).Outcome);

    /// <summary>Writes each sample into a folder of its own and compiles them all in one JVM (BatchCompile.java).</summary>
    private static async Task<((Sample Sample, string Folder, string Classes, string Source)[] Jobs, ProcessOutcome Outcome)> CompileAsync(
        IReadOnlyList<Sample> samples, string root, bool lint, IReadOnlyList<string> libraries, RunContext context, CancellationToken ct)
    {
        var jobs = samples.Select(sample =>
        {
            var folder = context.Folder(root, sample.Slug);
            return (Sample: sample, Folder: folder, Classes: Path.Combine(folder, "classes"), Source: WriteSample(sample, folder, sample.Target.FileName));
        }).ToArray();

        var arguments = new List<string> { context.ExtractResource("Java/BatchCompile.java") };
        if (lint)
        {
            arguments.Add("--lint");
        }

        if (libraries.Count > 0)
        {
            arguments.Add("--class-path");
            arguments.Add(string.Join(Path.PathSeparator, libraries));
        }

        foreach (var job in jobs)
        {
            arguments.Add(job.Classes);
            arguments.Add(job.Source);
        }

        var outcome = await ProcessRun.RunAsync(ProcessRun.Command("java", arguments, context.Folder(root)), context.Timeout * 6, ct).ConfigureAwait(false);
        return (jobs, outcome);
    }

    /// <summary>
    /// Flags of every short-lived JVM verify starts (a sample runs for well under a second, a compile for seconds): C1
    /// and the serial collector start the JVM fastest and cost least CPU for short work; without the hsperfdata file
    /// a JVM cannot meet another process's lock on a reused PID's file, whose warning would stop a sample host.
    /// </summary>
    internal static readonly string[] StartupFlags = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData"];

    /// <summary>java with <see cref="StartupFlags"/> and the run's truststore; the Kotlin and Clojure runners start their JVMs through it too.</summary>
    internal static ProcessStartInfo Java(IEnumerable<string> arguments, string folder, RunContext context)
    {
        var command = ProcessRun.Command("java", [.. StartupFlags, .. arguments], folder);
        command.Environment["JAVA_TOOL_OPTIONS"] =
            $"-Djavax.net.ssl.trustStore={context.Trust.JavaTrustStore} -Djavax.net.ssl.trustStorePassword={RecordingServer.TestCertificateAuthority.JavaTrustStorePassword} -Djavax.net.ssl.trustStoreType=PKCS12";
        return command;
    }

    internal static bool HoldsOnlyItsOwnFiles(string folder, string source, string classes) =>
        Directory.EnumerateFileSystemEntries(folder).All(entry => entry == source || entry == classes);

    /// <summary>BatchCompile prints <c>@@ file</c> before the diagnostics of each file that failed.</summary>
    private static Dictionary<string, string> FailuresByFile(string output)
    {
        var failures = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                current = line[3..].TrimEnd('\r');
                failures[current] = "";
            }
            else if (current is not null)
            {
                failures[current] += line + "\n";
            }
        }

        return failures;
    }
}
