namespace HookSnippets.Verification.Runners;

/// <summary>
/// go-nethttp: <c>go build -o sample sample.go</c> per file (a file named on the command line needs no module),
/// sharing Go's build cache, then the binary runs with SSL_CERT_FILE naming the CA bundle. The syntax check puts
/// every sample in a package of one module: one <c>gofmt -e -l</c> (a file it lists is not gofmt-formatted) and one
/// <c>go vet ./...</c> (type errors, and misuse such as a response read before its error is checked).
/// </summary>
public sealed class GoRunner : SampleRunner
{
    public override string Name => "go";

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("go", "version") is { } version
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "go not found");

    public override async Task<IReadOnlyList<PreparedSample>> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var cache = GoCache(context);
        return await context.ForEachAsync(samples, async sample =>
        {
            var folder = context.Folder(Name, sample.Slug);
            var source = WriteSample(sample, folder, sample.Target.FileName);
            var binary = Path.Combine(folder, "sample");
            var build = ProcessRun.Command("go", ["build", "-o", binary, source], folder);
            build.Environment["GOCACHE"] = cache;
            build.Environment["GOPROXY"] = "off";
            var outcome = await ProcessRun.RunAsync(build, BuildTimeout(context), ct).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                return CompileFailed(sample, "go build", outcome);
            }

            var run = ProcessRun.Command(binary, [], folder);
            run.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
            return PreparedSample.Run(sample, run);
        }, ct).ConfigureAwait(false);
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var module = context.Folder("go-syntax");
        File.WriteAllText(Path.Combine(module, "go.mod"), "module samples\n\ngo 1.19\n");
        var files = samples.Select(sample => WriteSample(sample, Path.Combine(module, sample.Slug), "main.go")).ToArray();
        var format = await ProcessRun.RunAsync(ProcessRun.Command("gofmt", ["-e", "-l", .. files], module), BuildTimeout(context), ct).ConfigureAwait(false);
        var vet = ProcessRun.Command("go", ["vet", "./..."], module);
        vet.Environment["GOCACHE"] = GoCache(context);
        vet.Environment["GOPROXY"] = "off";
        vet.Environment["GOFLAGS"] = "-mod=mod";
        var vetted = await ProcessRun.RunAsync(vet, BuildTimeout(context) * 2, ct).ConfigureAwait(false);
        return ProblemsBySample(samples, format)
            .Zip(ProblemsBySample(samples, vetted), (a, b) => a is null ? b : b is null ? a : a + "\n" + b)
            .ToArray();
    }

    /// <summary>Go's own cache folder when it has one (warm builds take 0.2 s instead of 0.9 s), else one in the work folder.</summary>
    private static string GoCache(RunContext context) =>
        ProcessRun.VersionLine("go", "env", "GOCACHE") is { Length: > 0 } cache && cache != "off" && Path.IsPathRooted(cache)
            ? cache
            : context.Folder("go-cache");

    private static TimeSpan BuildTimeout(RunContext context) => context.Timeout * 4;
}
