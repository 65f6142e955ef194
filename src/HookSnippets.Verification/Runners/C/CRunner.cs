namespace HookSnippets.Verification.Runners;

/// <summary>
/// c-libcurl with gcc and Debian's libcurl4-openssl-dev: each sample is compiled and linked by a gcc of its own, in
/// parallel (C has no per-file start-up worth batching: a compile and link takes about 0.15 s), then runs as its own
/// process. libcurl reads no CA variable, so the sample does what the curl tool does: it sets CURLOPT_CAINFO to the
/// bundle CURL_CA_BUNDLE names, which the runner sets to the run's bundle. The syntax check is one
/// <c>gcc -fsyntax-only -Wall -Wextra</c> over every sample, warnings counting (libcurl's headers type-check each
/// <c>curl_easy_setopt</c> argument under gcc).
/// </summary>
public sealed class CRunner : SampleRunner
{
    private static readonly string[] Flags = ["-std=c11", "-Wall", "-Wextra"];

    public override string Name => "c";

    /// <summary>A compile and link of its own: 0.15 s per sample, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 4;

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine("gcc", "--version") is not { } gcc)
        {
            return ToolchainStatus.Missing(Name, "gcc not found");
        }

        // curl-config comes with libcurl's development files, which the samples compile against.
        return ProcessRun.VersionLine("curl-config", "--version") is { } libcurl
            ? ToolchainStatus.Found(Name, gcc + ", " + libcurl)
            : ToolchainStatus.Missing(Name, "libcurl's development files not found (curl-config)");
    }

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct) =>
        PreparedBatch.Processes(await context.ForEachAsync(samples, async sample =>
        {
            var folder = context.Folder(Name, sample.Slug);
            var source = WriteSample(sample, folder, sample.Target.FileName);
            var binary = Path.Combine(folder, "sample");
            var compile = ProcessRun.Command("gcc", [.. Flags, source, "-lcurl", "-o", binary], folder);
            var outcome = await ProcessRun.RunAsync(compile, context.Timeout * 3, ct).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                return CompileFailed(sample, "gcc", outcome);
            }

            var run = ProcessRun.Command(binary, [], folder);
            run.Environment["CURL_CA_BUNDLE"] = context.Trust.Bundle;
            return PreparedSample.Run(sample, run);
        }, ct).ConfigureAwait(false));

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var root = context.Folder(Name + "-syntax");
        var files = samples.Select(sample => WriteSample(sample, Path.Combine(root, sample.Slug), sample.Target.FileName)).ToArray();
        var outcome = await ProcessRun.RunAsync(
            ProcessRun.Command("gcc", [.. Flags, "-fsyntax-only", .. files], root), context.Timeout * 3, ct).ConfigureAwait(false);
        return ProblemsBySample(samples, outcome);
    }
}
