namespace HookSnippets.Verification.Runners;

/// <summary>
/// clojure-cljhttp with Debian's clojure and a library's jars (clj-http 2.3, whose jar's manifest names Clojure, Apache
/// HttpClient and its other jars): a clojure process takes about 3.5 s to start and load clj-http, so samples run in a
/// host per worker (sample_host.clj), each file loaded as <c>clojure sample.clj</c> would load it, in a namespace of
/// its own; its output goes to its own files and its exit code is its own (1 for an uncaught error; a sample's
/// <c>System/exit</c> ends the host with its code, and the next sample gets a fresh host). The JVM gets the Java
/// runners' truststore in JAVA_TOOL_OPTIONS. A sample whose folder holds input files runs as
/// <c>java -cp JARS clojure.main sample.clj</c> there. clj-http is compiled ahead of time once per batch, which halves
/// a JVM's start. The syntax check reads and compiles, without running, every file
/// in one JVM (check_syntax.clj).
/// </summary>
public sealed class ClojureRunner(string name, IReadOnlyList<string> classPath) : SampleRunner
{
    public override string Name => name;

    /// <summary>A hosted load per sample, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 2;

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.Find("java") is null || !File.Exists("/usr/share/java/clojure.jar"))
        {
            return ToolchainStatus.Missing(Name, "java or Clojure (/usr/share/java/clojure.jar) not found");
        }

        if (context.Trust.JavaTrustStore is null)
        {
            return ToolchainStatus.Missing(Name, "keytool was not found next to java");
        }

        return classPath.FirstOrDefault(jar => !File.Exists(jar)) is { } missing
            ? ToolchainStatus.Missing(Name, missing + " not found")
            : ProcessRun.VersionLine("java", "-cp", ClassPath, "clojure.main", "-e", "(println (str \"Clojure \" (clojure-version)))") is { } version
                ? ToolchainStatus.Found(Name, version)
                : ToolchainStatus.Missing(Name, "clojure.main did not start");
    }

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var runPath = await CompileLibraryAsync(context, ct).ConfigureAwait(false);
        var prepared = samples.Select(sample =>
        {
            var folder = context.Folder(Name, sample.Slug);
            var source = WriteSample(sample, folder, sample.Target.FileName);
            return JavaRunner.HoldsOnlyItsOwnFiles(folder, source, source)
                ? PreparedSample.Hosted(sample, source, folder)
                : PreparedSample.Run(sample, JavaRunner.Java(["-cp", runPath, "clojure.main", source], folder, context));
        }).ToArray();
        var host = JavaRunner.Java(["-cp", runPath, "clojure.main", context.ExtractResource("Clojure/sample_host.clj")], context.Folder(Name, "host"), context);
        return new PreparedBatch(prepared, host);
    }

    /// <summary>
    /// Debian's clj-http jar holds Clojure sources, which every JVM would compile again as it loads them (about 2.5 s of
    /// CPU): they are compiled once (AOT) into a folder put before the jars, which Clojure prefers to older sources.
    /// The class path the samples run with; the jars alone when that compile fails (slower, not wrong).
    /// </summary>
    private async Task<string> CompileLibraryAsync(RunContext context, CancellationToken ct)
    {
        var classes = context.Folder(Name, "aot");
        var withClasses = string.Join(Path.PathSeparator, [classes, .. classPath]);
        var compile = ProcessRun.Command(
            "java",
            [.. JavaRunner.StartupFlags, "-Dclojure.compile.path=" + classes, "-cp", withClasses, "clojure.main", "-e", "(compile 'clj-http.client)"],
            classes);
        var outcome = await ProcessRun.RunAsync(compile, context.Timeout * 3, ct).ConfigureAwait(false);
        return outcome.Succeeded ? withClasses : ClassPath;
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var root = context.Folder(Name + "-syntax");
        var files = samples.Select(sample => WriteSample(sample, Path.Combine(root, sample.Slug), sample.Target.FileName)).ToArray();
        var command = ProcessRun.Command(
            "java",
            [.. JavaRunner.StartupFlags, "-cp", ClassPath, "clojure.main", context.ExtractResource("Clojure/check_syntax.clj"), .. files],
            root);
        return ProblemsBySample(samples, await ProcessRun.RunAsync(command, context.Timeout * 6, ct).ConfigureAwait(false));
    }

    private string ClassPath => string.Join(Path.PathSeparator, classPath);
}
