using System.Diagnostics;
using System.Text;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// crystal-native with Debian's crystal (1.6). A <c>crystal build</c> costs seconds of its own whatever the program (the
/// standard library's semantic pass and link), so every sample of a batch goes into one program built once: the
/// sample's leading <c>require</c> lines go to the top of the program (requires are global in Crystal, and must be at
/// the top level), and the rest of its text, unchanged, becomes the body of a method of its own; the program runs
/// the method its first argument names, once per sample, in the sample's own folder, with SSL_CERT_FILE naming the CA
/// bundle. A sample whose text after its requires holds another <c>require</c>, or a <c>def</c>, type or constant
/// (which a method body cannot hold) is built as a program of its own, as is every sample when the shared program
/// does not build (so that one broken sample fails alone). The syntax check is <c>crystal tool format --check</c> of
/// every sample file (the parse, and Crystal's own formatting) and one semantic pass (<c>--no-codegen</c>) of the
/// shared program.
/// </summary>
public sealed partial class CrystalRunner : SampleRunner
{
    public override string Name => "crystal";

    /// <summary>One shared build of several seconds, then a process per sample.</summary>
    public override double CostPerSample => 8;

    public override bool PreparesInBackground => true;

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("crystal", "--version") is { } version
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "crystal not found");

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var folders = samples.Select(sample =>
        {
            var folder = context.Folder(Name, sample.Slug);
            WriteSample(sample, folder, sample.Target.FileName);
            return folder;
        }).ToArray();
        var shared = samples.Where(s => Split(s.Text) is not null).ToArray();
        var program = context.Folder(Name + "-program");
        ProcessOutcome? outcome = null;
        if (shared.Length > 0)
        {
            File.WriteAllText(Path.Combine(program, "samples.cr"), Program(shared), Snippets.Output.RenderedFiles.Utf8);
            outcome = await ProcessRun.RunAsync(Build(Path.Combine(program, "samples.cr"), Path.Combine(program, "samples"), program, context), BuildTimeout(context), ct).ConfigureAwait(false);
        }

        var sharedBuilt = outcome is { Succeeded: true } && File.Exists(Path.Combine(program, "samples"));
        return PreparedBatch.Processes(await context.ForEachAsync(Enumerable.Range(0, samples.Count).ToArray(), async i =>
        {
            var sample = samples[i];
            ProcessStartInfo run;
            if (sharedBuilt && shared.Contains(sample))
            {
                run = ProcessRun.Command(Path.Combine(program, "samples"), [MethodName(sample)], folders[i]);
            }
            else
            {
                var binary = Path.Combine(folders[i], "sample");
                var alone = await ProcessRun.RunAsync(Build(Path.Combine(folders[i], sample.Target.FileName), binary, folders[i], context), BuildTimeout(context), ct).ConfigureAwait(false);
                if (!alone.Succeeded || !File.Exists(binary))
                {
                    return CompileFailed(sample, "crystal build", alone);
                }

                run = ProcessRun.Command(binary, [], folders[i]);
            }

            run.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
            return PreparedSample.Run(sample, run);
        }, ct).ConfigureAwait(false));
    }

    public override async Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var root = context.Folder(Name + "-syntax");
        var files = samples.Select(sample => WriteSample(sample, Path.Combine(root, sample.Slug), sample.Target.FileName)).ToArray();
        var format = await ProcessRun.RunAsync(ProcessRun.Command("crystal", ["tool", "format", "--check", "--no-color", .. files], root), BuildTimeout(context), ct).ConfigureAwait(false);
        var problems = format.Succeeded ? samples.Select(_ => (string?)null).ToArray() : ProblemsBySample(samples, format).ToArray();

        // The semantic pass: the shared program of the samples that parse, naming the sample of a failing line through
        // its method's lines; a sample that cannot share it, alone.
        var shared = samples.Where((s, i) => problems[i] is null && Split(s.Text) is not null).ToArray();
        if (shared.Length > 0)
        {
            var program = Path.Combine(root, "samples.cr");
            File.WriteAllText(program, Program(shared), Snippets.Output.RenderedFiles.Utf8);
            var semantic = await ProcessRun.RunAsync(ProcessRun.Command("crystal", ["build", "--no-codegen", "--no-color", program], root), BuildTimeout(context), ct).ConfigureAwait(false);
            if (!semantic.Succeeded)
            {
                // Crystal locates an error as samples.cr:LINE:COLUMN: the sample whose method holds that line has it;
                // an error located nowhere in a sample fails them all.
                var lines = Lines(shared);
                var named = System.Text.RegularExpressions.Regex.Matches(semantic.Combined, @"samples\.cr:(\d+)")
                    .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
                    .Select(line => shared.Select((s, k) => (s, k)).FirstOrDefault(p => line >= lines[p.k].First && line <= lines[p.k].Last).s)
                    .ToArray();
                foreach (var (sample, i) in samples.Select((s, i) => (s, i)).Where(p => shared.Contains(p.s)))
                {
                    if (named.Contains(sample) || named.All(n => n is null))
                    {
                        problems[i] ??= $"the samples' program does not type-check:\n{semantic.Combined}";
                    }
                }
            }
        }

        for (var i = 0; i < samples.Count; i++)
        {
            if (problems[i] is null && !shared.Contains(samples[i]))
            {
                var alone = await ProcessRun.RunAsync(ProcessRun.Command("crystal", ["build", "--no-codegen", "--no-color", files[i]], root), BuildTimeout(context), ct).ConfigureAwait(false);
                problems[i] ??= alone.Succeeded ? null : alone.Combined;
            }
        }

        return problems;
    }

    /// <summary>
    /// A sample's leading <c>require</c> lines (blank lines between them included) and the rest of its text, or null
    /// when the rest holds what a method body cannot: a <c>require</c>, <c>def</c>, type, macro or constant at the
    /// start of a line.
    /// </summary>
    internal static (string[] Requires, string Body)? Split(string text)
    {
        var lines = text.Split('\n');
        var start = 0;
        while (start < lines.Length && (lines[start].Length == 0 || lines[start].StartsWith("require \"", StringComparison.Ordinal)))
        {
            start++;
        }

        var body = string.Join('\n', lines[start..]);
        string[] refused = ["require ", "def ", "class ", "struct ", "module ", "enum ", "macro ", "lib ", "annotation ", "alias "];
        if (lines[start..].Any(line => refused.Any(word => line.StartsWith(word, StringComparison.Ordinal)) || ConstantAssignment().IsMatch(line)))
        {
            return null;
        }

        return (lines[..start].Where(l => l.Length > 0).ToArray(), body);
    }

    /// <summary>
    /// The shared program: every sample's requires once, each sample's text after them as the body of its own method,
    /// and a dispatch on the first argument.
    /// </summary>
    private static string Program(IReadOnlyList<Sample> samples)
    {
        var text = new StringBuilder();
        foreach (var require in samples.SelectMany(s => Split(s.Text)!.Value.Requires).Distinct(StringComparer.Ordinal))
        {
            text.Append(require).Append('\n');
        }

        foreach (var sample in samples)
        {
            text.Append("\ndef ").Append(MethodName(sample)).Append('\n').Append(Split(sample.Text)!.Value.Body.TrimEnd('\n')).Append("\nend\n");
        }

        text.Append("\ncase ARGV[0]?\n");
        foreach (var sample in samples)
        {
            text.Append("when \"").Append(MethodName(sample)).Append("\" then ").Append(MethodName(sample)).Append('\n');
        }

        return text.Append("else\n  STDERR.puts \"no such sample: #{ARGV[0]?}\"\n  exit 2\nend\n").ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z][A-Za-z0-9_]*\\s*=[^=]")]
    private static partial System.Text.RegularExpressions.Regex ConstantAssignment();

    /// <summary>The first and last line of each sample's method in <see cref="Program"/>, 1-based.</summary>
    private static (int First, int Last)[] Lines(IReadOnlyList<Sample> samples)
    {
        var line = samples.SelectMany(s => Split(s.Text)!.Value.Requires).Distinct(StringComparer.Ordinal).Count() + 1;
        return samples.Select(sample =>
        {
            var length = Split(sample.Text)!.Value.Body.TrimEnd('\n').Split('\n').Length;
            var range = (First: line + 1, Last: line + length + 2);
            line += length + 3;
            return range;
        }).ToArray();
    }

    private static string MethodName(Sample sample) => "sample_" + sample.Slug.ToLowerInvariant();

    private static ProcessStartInfo Build(string source, string output, string folder, RunContext context)
    {
        var build = ProcessRun.Command("crystal", ["build", "--no-debug", "--no-color", source, "-o", output], folder);
        build.Environment["CRYSTAL_CACHE_DIR"] = CacheFolder(context);
        return build;
    }

    /// <summary>Crystal's own cache of compiled objects, shared by the builds of a run (a new one would rebuild the standard library's objects).</summary>
    private static string CacheFolder(RunContext context) =>
        Environment.GetEnvironmentVariable("CRYSTAL_CACHE_DIR") is { Length: > 0 } cache
            ? cache
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "crystal");

    private static TimeSpan BuildTimeout(RunContext context) => context.Timeout * 6;
}
