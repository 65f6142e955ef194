using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// go-nethttp: <c>go build -o sample sample.go</c> per file (a file named on the command line needs no module),
/// sharing Go's build cache, then the binary runs with SSL_CERT_FILE naming the CA bundle.
/// </summary>
public sealed class GoRunner : SampleRunner
{
    public override string Name => "go";

    public override bool Handles(SnippetTarget target) => target.Language == "go";

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("go", "version") is { } version
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "apt-get install golang-go (or https://go.dev/dl)");

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

    /// <summary>Go's own cache folder when it has one (warm builds take 0.2 s instead of 0.9 s), else one in the work folder.</summary>
    private static string GoCache(RunContext context) =>
        ProcessRun.VersionLine("go", "env", "GOCACHE") is { Length: > 0 } cache && cache != "off" && Path.IsPathRooted(cache)
            ? cache
            : context.Folder("go-cache");

    private static TimeSpan BuildTimeout(RunContext context) => context.Timeout * 4;
}
