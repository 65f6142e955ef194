namespace HookSnippets.Verification.Runners;

/// <summary>
/// go-nethttp: every sample is a main package of one module (a folder each, its working folder too), built by one
/// <c>go build -o bin/ ./...</c>, which compiles and links them in parallel with Go's build cache and still links every
/// package that compiles when another does not; a binary is linked without its symbol table and debug information
/// (<c>-s -w</c>), which a sample never reads and which halves the link. Each binary runs with SSL_CERT_FILE naming the
/// CA bundle. The syntax check puts every sample in a package of one module: one <c>gofmt -e -l</c> (a file it lists is
/// not gofmt-formatted) and one <c>go vet ./...</c> (type errors, and misuse such as a response read before its error
/// is checked). A target whose samples import a Debian library (go-resty) gets it through the module's go.mod
/// (<see cref="DebianGoModules"/>), offline: GOPROXY=off.
/// </summary>
public sealed class GoRunner : SampleRunner
{
    public override string Name => "go";

    /// <summary>A link of its own: 0.5 s per sample, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 12;

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("go", "version") is { } version
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "go not found");

    /// <summary>Beyond npm: the Debian Go libraries the target's samples import.</summary>
    public override string? MissingFor(Snippets.Targets.SnippetTarget target, RunContext context) =>
        DebianGoModules.Missing(target) ?? base.MissingFor(target, context);

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var module = Module(context, Name, samples);
        var binaries = context.Folder(Name + "-bin");
        var folders = samples.Select(sample =>
        {
            var folder = Path.Combine(module, sample.Slug);
            WriteSample(sample, folder, sample.Target.FileName);
            return folder;
        }).ToArray();
        var build = GoCommand(["build", "-ldflags=-s -w", "-o", binaries + "/", "./..."], module, context);
        var outcome = await ProcessRun.RunAsync(build, BuildTimeout(context) + context.Timeout * samples.Count / 4, ct).ConfigureAwait(false);
        var problems = ProblemsBySample(samples, outcome);
        return PreparedBatch.Processes(samples.Select((sample, i) =>
        {
            var binary = Path.Combine(binaries, sample.Slug);
            if (!File.Exists(binary))
            {
                return PreparedSample.Judged(SampleResult.Failed(sample, outcome.TimedOut ? "go build did not finish within the timeout" : "go build failed", problems[i] ?? outcome.Combined), sample);
            }

            var run = ProcessRun.Command(binary, [], folders[i]);
            run.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
            return PreparedSample.Run(sample, run);
        }).ToArray());
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var module = Module(context, "go-syntax", samples);
        var files = samples.Select(sample => WriteSample(sample, Path.Combine(module, sample.Slug), "main.go")).ToArray();
        var format = await ProcessRun.RunAsync(ProcessRun.Command("gofmt", ["-e", "-l", .. files], module), BuildTimeout(context), ct).ConfigureAwait(false);
        var vetted = await ProcessRun.RunAsync(GoCommand(["vet", "./..."], module, context), BuildTimeout(context) * 2, ct).ConfigureAwait(false);
        return ProblemsBySample(samples, format)
            .Zip(ProblemsBySample(samples, vetted), (a, b) => a is null ? b : b is null ? a : a + "\n" + b)
            .ToArray();
    }

    /// <summary>A module folder whose packages are the samples, one folder each, requiring the Debian libraries they import.</summary>
    private static string Module(RunContext context, string name, IReadOnlyList<Sample> samples)
    {
        var module = context.Folder(name);
        var libraries = samples.SelectMany(sample => DebianGoModules.NeededBy(sample.Target)).Distinct().ToArray();
        File.WriteAllText(Path.Combine(module, "go.mod"), "module samples\n\ngo 1.19\n" + DebianGoModules.Requirements(libraries, module));
        return module;
    }

    /// <summary>A go command that works offline and shares Go's build cache.</summary>
    private static System.Diagnostics.ProcessStartInfo GoCommand(IEnumerable<string> arguments, string module, RunContext context)
    {
        var command = ProcessRun.Command("go", arguments, module);
        command.Environment["GOCACHE"] = GoCache(context);
        command.Environment["GOPROXY"] = "off";
        command.Environment["GOFLAGS"] = "-mod=mod";
        return command;
    }

    /// <summary>Go's own cache folder when it has one (warm builds take 0.2 s instead of 0.9 s), else one in the work folder.</summary>
    private static string GoCache(RunContext context) =>
        ProcessRun.VersionLine("go", "env", "GOCACHE") is { Length: > 0 } cache && cache != "off" && Path.IsPathRooted(cache)
            ? cache
            : context.Folder("go-cache");

    private static TimeSpan BuildTimeout(RunContext context) => context.Timeout * 4;
}
