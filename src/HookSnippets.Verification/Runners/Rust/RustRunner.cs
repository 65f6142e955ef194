using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// rust-reqwest with Debian's cargo and rustc (/usr/bin: a rustup toolchain first on PATH is not used) and Debian's
/// librust-reqwest-dev, built offline against Debian's crate registry (<c>.cargo/config.toml</c> replaces crates.io
/// with the directory <c>/usr/share/cargo/registry</c>). Every sample is one binary of one crate, its text unchanged as
/// <c>src/bin/&lt;slug&gt;.rs</c>, so one <c>cargo build</c> compiles reqwest and its dependencies once and then each
/// sample. The target folder is kept in verify's tools folder (<c>cargo-target</c>) when there is one, so that a later
/// run reuses the compiled dependencies (about five minutes of a busy two-core machine); the batch's binaries are
/// deleted before each build, so no binary of an earlier run is ever run; a binary runs in the sample's own folder
/// with SSL_CERT_FILE naming the CA bundle (reqwest's default TLS is native-tls, OpenSSL, which reads it). When the
/// build fails, each sample left without a binary is built alone, so that one broken sample fails alone. The syntax
/// check is one <c>cargo check</c> of such a crate with every warning an error.
/// </summary>
public sealed class RustRunner : SampleRunner
{
    private const string Cargo = "/usr/bin/cargo";
    private const string Rustc = "/usr/bin/rustc";
    private const string Registry = "/usr/share/cargo/registry";

    public override string Name => "rust";

    /// <summary>A link of its own against reqwest: about 1.5 s per sample, after the dependencies' build.</summary>
    public override double CostPerSample => 30;

    public override bool PreparesInBackground => true;

    public override ToolchainStatus Detect(RunContext context)
    {
        if (!File.Exists(Cargo) || !File.Exists(Rustc))
        {
            return ToolchainStatus.Missing(Name, "Debian's cargo and rustc not found in /usr/bin");
        }

        var reqwest = Directory.Exists(Registry) ? Directory.GetDirectories(Registry, "reqwest-0.11.*").Order(StringComparer.Ordinal).LastOrDefault() : null;
        if (reqwest is null)
        {
            return ToolchainStatus.Missing(Name, "reqwest 0.11 not in Debian's crate registry (librust-reqwest-dev)");
        }

        return ProcessRun.VersionLine(Rustc, "--version") is { } version
            ? ToolchainStatus.Found(Name, version + ", " + Path.GetFileName(reqwest))
            : ToolchainStatus.Missing(Name, "rustc --version failed");
    }

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var crate = Crate(context, Name + "-crate", samples);
        var binaries = Path.Combine(TargetFolder(context, "build"), "debug");
        foreach (var sample in samples.Where(_ => Directory.Exists(binaries)))
        {
            File.Delete(Path.Combine(binaries, sample.Slug));
        }

        var outcome = await ProcessRun.RunAsync(CargoCommand(["build", "--bins"], crate, context, "build"), BuildTimeout(context, samples.Count), ct).ConfigureAwait(false);
        var alone = new Dictionary<Sample, ProcessOutcome>();
        if (!outcome.Succeeded && !outcome.TimedOut)
        {
            foreach (var sample in samples.Where(s => !File.Exists(Path.Combine(binaries, s.Slug))))
            {
                alone[sample] = await ProcessRun.RunAsync(CargoCommand(["build", "--bin", sample.Slug], crate, context, "build"), BuildTimeout(context, 1), ct).ConfigureAwait(false);
            }
        }

        return PreparedBatch.Processes(samples.Select(sample =>
        {
            var binary = Path.Combine(binaries, sample.Slug);
            if (!File.Exists(binary))
            {
                var own = alone.GetValueOrDefault(sample) ?? outcome;
                return PreparedSample.Judged(SampleResult.Failed(sample, own.TimedOut ? "cargo build did not finish within the timeout" : "cargo build failed", own.Combined), sample);
            }

            var folder = context.Folder(Name, sample.Slug);
            WriteSample(sample, folder, sample.Target.FileName);
            var run = ProcessRun.Command(binary, [], folder);
            run.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
            return PreparedSample.Run(sample, run);
        }).ToArray());
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var crate = Crate(context, Name + "-syntax", samples);
        var check = CargoCommand(["check", "--bins"], crate, context, "check");
        check.Environment["RUSTFLAGS"] = "-D warnings";
        var outcome = await ProcessRun.RunAsync(check, BuildTimeout(context, samples.Count), ct).ConfigureAwait(false);
        // cargo reports its progress on stderr: only a failed check has problems (every warning is an error here).
        return outcome.Succeeded ? samples.Select(_ => (string?)null).ToArray() : ProblemsBySample(samples, outcome);
    }

    /// <summary>A crate whose binaries are the samples, as rendered, depending on Debian's reqwest, offline.</summary>
    private static string Crate(RunContext context, string name, IReadOnlyList<Sample> samples)
    {
        var crate = context.Folder(name);
        File.WriteAllText(Path.Combine(crate, "Cargo.toml"), """
            [package]
            name = "samples"
            version = "0.0.0"
            edition = "2021"

            [dependencies]
            reqwest = { version = "0.11", features = ["blocking", "multipart"] }

            [profile.dev]
            debug = false

            """);
        Directory.CreateDirectory(Path.Combine(crate, ".cargo"));
        File.WriteAllText(Path.Combine(crate, ".cargo", "config.toml"), $"""
            [source.crates-io]
            replace-with = "debian"

            [source.debian]
            directory = "{Registry}"

            [net]
            offline = true

            """);
        foreach (var sample in samples)
        {
            WriteSample(sample, Path.Combine(crate, "src", "bin"), sample.Slug + ".rs");
        }

        return crate;
    }

    /// <summary>The target folder of a kind of build (a check's flags differ from a build's, and would rebuild everything).</summary>
    private static string TargetFolder(RunContext context, string kind) =>
        context.ToolsDirectory is { } tools ? Path.Combine(tools, "cargo-target", kind) : context.Folder("cargo-target", kind);

    private static ProcessStartInfo CargoCommand(IEnumerable<string> arguments, string crate, RunContext context, string kind)
    {
        var command = ProcessRun.Command(Cargo, [.. arguments, "--offline", "--message-format", "short"], crate);
        command.Environment["RUSTC"] = Rustc;
        command.Environment["CARGO_HOME"] = context.Folder("cargo-home");
        command.Environment["CARGO_TARGET_DIR"] = TargetFolder(context, kind);
        command.Environment["CARGO_TERM_COLOR"] = "never";
        command.Environment.Remove("RUSTFLAGS");
        command.Environment.Remove("RUSTUP_TOOLCHAIN");
        return command;
    }

    /// <summary>reqwest's dependencies take from one minute to more than five on a busy machine, then each sample seconds.</summary>
    private static TimeSpan BuildTimeout(RunContext context, int samples) => context.Timeout * 30 + TimeSpan.FromSeconds(10) * samples;
}
