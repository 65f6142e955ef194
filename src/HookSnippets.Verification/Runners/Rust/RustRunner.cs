using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// rust-reqwest with Debian's cargo and rustc (/usr/bin: a rustup toolchain first on PATH is not used) and Debian's
/// librust-reqwest-dev, built offline against Debian's crate registry (<c>.cargo/config.toml</c> replaces crates.io
/// with the directory <c>/usr/share/cargo/registry</c>). Every sample is one binary of one crate, its text unchanged as
/// <c>src/bin/sample_N.rs</c>, so one <c>cargo build</c> compiles reqwest and its dependencies once and then each
/// sample. The target folder is kept in verify's tools folder (<c>cargo-target</c>) when there is one, so that a later
/// run reuses the compiled dependencies (about five minutes of a busy two-core machine); a lock file serialises
/// the runs that share it, each run copies its binaries out before releasing it and then deletes the samples'
/// artifacts there, so no binary of another run is ever run and the folder does not grow; a binary runs in the sample's own folder
/// with SSL_CERT_FILE naming the CA bundle (reqwest's default TLS is native-tls, OpenSSL, which reads it). cargo stops at
/// the first binary that fails, so the others are built again without it, and one broken sample fails alone. The syntax
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
        var own = context.Folder(Name + "-bin");
        var problems = await LockedAsync(context, "build", async () =>
        {
            // The target folder is shared with other runs: a binary is copied out while the lock is held, and the
            // samples' artifacts are deleted (each run's crate is new, so they would pile up).
            var binaries = Path.Combine(TargetFolder(context, "build"), "debug");
            for (var i = 0; i < samples.Count && Directory.Exists(binaries); i++)
            {
                File.Delete(Path.Combine(binaries, Bin(i)));
            }

            var found = await CargoAsync("build", samples, crate, context, ct).ConfigureAwait(false);
            for (var i = 0; i < samples.Count; i++)
            {
                if (found[i] is null && File.Exists(Path.Combine(binaries, Bin(i))))
                {
                    File.Copy(Path.Combine(binaries, Bin(i)), Path.Combine(own, Bin(i)));
                }
            }

            DeleteSampleArtifacts(TargetFolder(context, "build"));
            return found;
        }, ct).ConfigureAwait(false);
        return PreparedBatch.Processes(samples.Select((sample, i) =>
        {
            var binary = Path.Combine(own, Bin(i));
            if (problems[i] is not null || !File.Exists(binary))
            {
                return PreparedSample.Judged(SampleResult.Failed(sample, "cargo build failed", problems[i] ?? "no binary was built"), sample);
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
        return await LockedAsync(context, "check", async () =>
        {
            var problems = await CargoAsync("check", samples, crate, context, ct).ConfigureAwait(false);
            DeleteSampleArtifacts(TargetFolder(context, "check"));
            return problems;
        }, ct).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> holding a lock file beside the target folder, which runs may share.</summary>
    private static async Task<T> LockedAsync<T>(RunContext context, string kind, Func<Task<T>> work, CancellationToken ct)
    {
        var target = TargetFolder(context, kind);
        Directory.CreateDirectory(target);
        FileStream? gate = null;
        while (gate is null)
        {
            try
            {
                gate = new FileStream(Path.Combine(target, "hooksnippets.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(500, ct).ConfigureAwait(false);
            }
        }

        await using (gate.ConfigureAwait(false))
        {
            return await work().ConfigureAwait(false);
        }
    }

    /// <summary>The samples' own outputs in a target folder (binaries, dependency files, fingerprints); reqwest's stay.</summary>
    private static void DeleteSampleArtifacts(string target)
    {
        foreach (var folder in new[] { "debug", "debug/deps", "debug/.fingerprint", "debug/incremental" }.Select(f => Path.Combine(target, f)).Where(Directory.Exists))
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).Where(e => Path.GetFileName(e) is var name && (name.StartsWith("sample_", StringComparison.Ordinal) || name.StartsWith("libsample_", StringComparison.Ordinal) || name.StartsWith("samples-", StringComparison.Ordinal))).ToArray())
            {
                if (Directory.Exists(entry))
                {
                    Directory.Delete(entry, recursive: true);
                }
                else
                {
                    File.Delete(entry);
                }
            }
        }
    }

    /// <summary>
    /// <c>cargo build</c> or <c>cargo check</c> of every sample's binary, and what it reported about each, or null. cargo
    /// stops at the first binary that fails (it has no --keep-going before 1.74), so the binaries it did not reach are
    /// built again without the ones it named, until they all are done; a failure that names no sample fails the rest.
    /// A check counts every warning as an error.
    /// </summary>
    private static async Task<string?[]> CargoAsync(string subcommand, IReadOnlyList<Sample> samples, string crate, RunContext context, CancellationToken ct)
    {
        var problems = new string?[samples.Count];
        var remaining = Enumerable.Range(0, samples.Count).ToList();
        while (remaining.Count > 0)
        {
            var command = CargoCommand([subcommand, .. remaining.SelectMany(i => new[] { "--bin", Bin(i) })], crate, context, subcommand);
            if (subcommand == "check")
            {
                command.Environment["RUSTFLAGS"] = "-D warnings";
            }

            var outcome = await ProcessRun.RunAsync(command, BuildTimeout(context, remaining.Count), ct).ConfigureAwait(false);
            if (outcome.Succeeded)
            {
                break;
            }

            // cargo reports progress on stderr; a diagnostic names its file, src/bin/sample_N.rs.
            var lines = outcome.Combined.Split('\n');
            var named = remaining.Where(i => lines.Any(line => line.Contains($"src/bin/{Bin(i)}.rs", StringComparison.Ordinal))).ToArray();
            if (named.Length == 0 || outcome.TimedOut)
            {
                var failure = outcome.TimedOut ? $"cargo {subcommand} did not finish within the timeout" : $"cargo {subcommand} failed (exit code {outcome.ExitCode}):\n{outcome.Combined}";
                foreach (var i in remaining)
                {
                    problems[i] = failure;
                }

                break;
            }

            foreach (var i in named)
            {
                problems[i] = string.Join("\n", lines.Where(line => line.Contains($"src/bin/{Bin(i)}.rs", StringComparison.Ordinal)));
            }

            remaining = remaining.Except(named).ToList();
        }

        return problems;
    }

    /// <summary>
    /// The binary of the <paramref name="index"/>-th sample: a crate name of its own in snake case (a slug's double
    /// underscores would be a non_snake_case warning).
    /// </summary>
    private static string Bin(int index) => "sample_" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
            incremental = false

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
        var bin = Path.Combine(crate, "src", "bin");
        if (Directory.Exists(bin))
        {
            Directory.Delete(bin, recursive: true);
        }

        for (var i = 0; i < samples.Count; i++)
        {
            WriteSample(samples[i], bin, Bin(i) + ".rs");
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
