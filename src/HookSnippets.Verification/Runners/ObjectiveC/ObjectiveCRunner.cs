namespace HookSnippets.Verification.Runners;

/// <summary>
/// objc-nsurlsession with clang and GNUstep. Debian's GNUstep base has no NSURLSession, so the shipped stand-in
/// (NSURLSessionStandIn.h/.m on libcurl) is force-included and linked: the sample's code stays unchanged and sends a
/// real request. A sample passes only when it ran; compiling is not enough. The stand-in reads SSL_CERT_FILE. The
/// header, Foundation's with it, is precompiled once (parsing Foundation is most of a sample's compile time) and
/// samples link with gold when it is installed (a third of the default linker's time). libBlocksRuntime comes before
/// GNUstep base on the link line, so Block_copy is its (GNUstep's does not copy clang's blocks). The syntax check is one
/// <c>clang -fsyntax-only -Wall</c> over every sample, the stand-in's header included.
/// </summary>
public sealed class ObjectiveCRunner : SampleRunner
{
    private const string CurlLibrary = "-l:libcurl.so.4";

    public override string Name => "objc";

    /// <summary>A compile and link of its own: 0.35 s per sample, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 8;

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine("clang", "--version") is not { } clang
            || ProcessRun.VersionLine("gnustep-config", "--variable=GNUSTEP_MAKEFILES") is null
            || !File.Exists("/usr/include/Block.h"))
        {
            return ToolchainStatus.Missing(Name, "clang, GNUstep base or the blocks runtime not found");
        }

        var gnustep = ProcessRun.VersionLine("dpkg-query", "-W", "-f=${Version}", "libgnustep-base-dev");
        return ToolchainStatus.Found(Name, clang + (gnustep is null ? ", GNUstep base" : ", GNUstep base " + gnustep));
    }

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var header = context.ExtractResource("ObjectiveC/NSURLSessionStandIn.h");
        var standIn = context.ExtractResource("ObjectiveC/NSURLSessionStandIn.m");
        var flags = CompileFlags(context);
        var root = context.Folder(Name);
        var standInObject = Path.Combine(root, "NSURLSessionStandIn.o");
        var precompiled = Path.Combine(root, "NSURLSessionStandIn.pch");
        foreach (var (what, arguments) in new[]
        {
            ("NSURLSession stand-in", new[] { "-c", standIn, "-o", standInObject }),
            ("NSURLSession stand-in header", ["-x", "objective-c-header", header, "-o", precompiled]),
        })
        {
            var built = await ProcessRun.RunAsync(ProcessRun.Command("clang", [.. flags, .. arguments], root), context.Timeout * 3, ct).ConfigureAwait(false);
            if (!built.Succeeded)
            {
                return PreparedBatch.Processes(samples.Select(s => CompileFailed(s, $"clang ({what})", built)).ToArray());
            }
        }

        var libraries = (ProcessRun.VersionLine("gnustep-config", "--base-libs") ?? "-lgnustep-base -lobjc")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] linker = ProcessRun.Find("ld.gold") is null ? [] : ["-fuse-ld=gold"];
        return PreparedBatch.Processes(await context.ForEachAsync(samples, async sample =>
        {
            var folder = context.Folder(Name, sample.Slug);
            var source = WriteSample(sample, folder, sample.Target.FileName);
            var binary = Path.Combine(folder, "sample");
            var compile = ProcessRun.Command(
                "clang",
                [.. flags, "-include-pch", precompiled, source, standInObject, .. linker, "-lBlocksRuntime", .. libraries, CurlLibrary, "-o", binary],
                folder);
            var outcome = await ProcessRun.RunAsync(compile, context.Timeout * 3, ct).ConfigureAwait(false);
            if (!outcome.Succeeded)
            {
                return CompileFailed(sample, "clang", outcome);
            }

            var run = ProcessRun.Command(binary, [], folder);
            run.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
            return PreparedSample.Run(sample, run);
        }, ct).ConfigureAwait(false));
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var header = context.ExtractResource("ObjectiveC/NSURLSessionStandIn.h");
        var root = context.Folder(Name + "-syntax");
        var files = samples.Select(sample => WriteSample(sample, Path.Combine(root, sample.Slug), sample.Target.FileName)).ToArray();
        var outcome = await ProcessRun.RunAsync(
            ProcessRun.Command("clang", [.. CompileFlags(context), "-Wall", "-fsyntax-only", "-include", header, .. files], root), context.Timeout * 3, ct).ConfigureAwait(false);
        return ProblemsBySample(samples, outcome);
    }

    /// <summary>
    /// clang with GNUstep's flags: -fblocks makes GNUstep's headers include objc/blocks_runtime.h (libobjc2's), which
    /// Debian's gcc libobjc lacks, so a one-line header maps it to Block.h; gcc's own include folder comes last for
    /// the gcc runtime's headers.
    /// </summary>
    private static string[] CompileFlags(RunContext context)
    {
        var headers = context.Folder(Path.Combine("objc", "include"));
        Directory.CreateDirectory(Path.Combine(headers, "objc"));
        File.WriteAllText(Path.Combine(headers, "objc", "blocks_runtime.h"), "#include <Block.h>\n");
        var gccInclude = Directory.Exists("/usr/lib/gcc/x86_64-linux-gnu")
            ? Directory.GetDirectories("/usr/lib/gcc/x86_64-linux-gnu")
                .Select(d => Path.Combine(d, "include"))
                .Where(Directory.Exists)
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        var gnustep = (ProcessRun.VersionLine("gnustep-config", "--objc-flags") ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(f => f is not ("-MMD" or "-MP" or "-g" or "-O2" or "-Wall"));
        return ["-fobjc-runtime=gcc", "-fblocks", "-I" + headers, .. gccInclude is null ? Array.Empty<string>() : ["-idirafter", gccInclude], .. gnustep];
    }
}
