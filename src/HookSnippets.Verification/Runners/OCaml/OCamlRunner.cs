namespace HookSnippets.Verification.Runners;

/// <summary>
/// ocaml-cohttp with Debian's OCaml, findlib and cohttp-lwt-unix. Every sample is compiled as a reader compiles it
/// (<c>ocamlfind ocamlc -thread -package cohttp-lwt-unix</c>), all in one call: linking an executable per sample
/// (0.3 s in bytecode, 1.5 s native) would cost more than the samples' runs. The samples run from a host
/// (sample_host.ml) linked once with every library of cohttp-lwt-unix: it forks a child per sample, which loads the
/// sample's unit with Dynlink and so runs its top level as the sample's own executable would (an escaping exception
/// is reported as OCaml's runtime reports it, exit code 2). cohttp's TLS is conduit over ocaml-ssl (OpenSSL), which
/// reads the CA from OpenSSL's default paths, so SSL_CERT_FILE names the run's bundle; it checks the server's
/// certificate against the URL's host as a DNS name only (<c>Ssl.set_host</c>), so these samples reach the recording
/// server as <c>localhost</c>, which its certificate names (<see cref="ServerHost"/>). The syntax check is the same
/// compile with every warning but the stylistic ones, a sample's warnings counting as its problems.
/// </summary>
public sealed class OCamlRunner : SampleRunner
{
    private static readonly string[] Packages = ["-thread", "-package", "cohttp-lwt-unix"];

    // Every warning but fragile matches, the record-disambiguation notes and a missing .mli (a sample is one file).
    private static readonly string[] Warnings = ["-w", "+a-4-40-41-42-44-45-70"];

    public override string Name => "ocaml";

    /// <summary>A fork of the warm host and a TLS handshake: about a process of cURL's.</summary>
    public override double CostPerSample => 1;

    public override string? ServerHost => "localhost";

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine("ocamlfind", "ocamlc", "-version") is not { } ocaml)
        {
            return ToolchainStatus.Missing(Name, "ocamlfind (ocaml-findlib) or the OCaml compiler not found");
        }

        return ProcessRun.VersionLine("ocamlfind", "query", "-format", "%v", "cohttp-lwt-unix") is { } cohttp && !cohttp.Contains("not found", StringComparison.Ordinal)
            ? ToolchainStatus.Found(Name, $"OCaml {ocaml}, cohttp-lwt-unix {cohttp}")
            : ToolchainStatus.Missing(Name, "the findlib package cohttp-lwt-unix not found (libcohttp-lwt-unix-ocaml-dev)");
    }

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var root = context.Folder(Name);
        var folders = samples.Select(sample => context.Folder(Name, sample.Slug)).ToArray();
        var files = samples.Select((sample, i) => WriteSample(sample, folders[i], "main.ml")).ToArray();
        var host = BuildHostAsync(context, ct);
        var outcomes = await CompileAsync(files, [], warningsCount: false, root, context, ct).ConfigureAwait(false);
        var (hostPath, hostOutcome) = await host.ConfigureAwait(false);

        var prepared = samples.Select((sample, i) =>
            !outcomes[i].Succeeded ? CompileFailed(sample, "ocamlfind ocamlc", outcomes[i])
            : !hostOutcome.Succeeded ? CompileFailed(sample, "ocamlfind ocamlc (the sample host)", hostOutcome)
            : PreparedSample.Hosted(sample, Path.Combine(folders[i], "main.cmo"), folders[i])).ToArray();
        var command = ProcessRun.Command(hostPath, [], root);
        command.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
        return new PreparedBatch(prepared, command);
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var root = context.Folder(Name + "-syntax");
        var files = samples.Select(sample => WriteSample(sample, Path.Combine(root, sample.Slug), "main.ml")).ToArray();
        var outcomes = await CompileAsync(files, Warnings, warningsCount: true, root, context, ct).ConfigureAwait(false);
        return outcomes.Select(o => o.Succeeded && o.Combined.Length == 0 ? null : (o.TimedOut ? "ocamlfind ocamlc did not finish within the timeout\n" : "") + o.Combined).ToArray();
    }

    /// <summary>
    /// Compiles every file in one ocamlc call; when that call fails (ocamlc stops at the first file with an error) or,
    /// when <paramref name="warningsCount"/>, warns, each file again on its own, in parallel, so that every file gets
    /// its own verdict and messages.
    /// </summary>
    private static async Task<ProcessOutcome[]> CompileAsync(string[] files, string[] flags, bool warningsCount, string root, RunContext context, CancellationToken ct)
    {
        var all = await ProcessRun.RunAsync(
            ProcessRun.Command("ocamlfind", ["ocamlc", .. Packages, .. flags, "-c", .. files], root), context.Timeout * 3, ct).ConfigureAwait(false);
        if (all.Succeeded && (!warningsCount || all.Combined.Length == 0))
        {
            return files.Select(_ => all).ToArray();
        }

        return await context.ForEachAsync(files, file => ProcessRun.RunAsync(
            ProcessRun.Command("ocamlfind", ["ocamlc", .. Packages, .. flags, "-c", file], Path.GetDirectoryName(file)!), context.Timeout * 3, ct), ct).ConfigureAwait(false);
    }

    /// <summary>Links sample_host.ml with every module of cohttp-lwt-unix and its dependencies (-linkall), which the samples' units need.</summary>
    private static async Task<(string Path, ProcessOutcome Outcome)> BuildHostAsync(RunContext context, CancellationToken ct)
    {
        var source = context.ExtractResource("OCaml/sample_host.ml");
        var folder = Path.GetDirectoryName(source)!;
        var host = Path.Combine(folder, "sample_host");
        var outcome = await ProcessRun.RunAsync(
            ProcessRun.Command("ocamlfind", ["ocamlc", "-thread", "-package", "cohttp-lwt-unix,dynlink", "-linkpkg", "-linkall", source, "-o", host], folder),
            context.Timeout * 3,
            ct).ConfigureAwait(false);
        return (host, outcome);
    }
}
