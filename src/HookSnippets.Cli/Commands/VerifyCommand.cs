using System.CommandLine;
using HookSnippets.Snippets.Output;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using HookSnippets.Verification.Runs;
using HookSnippets.Verification.Toolchains;

namespace HookSnippets.Cli.Commands;

/// <summary>
/// <c>hooksnippets verify</c>: runs every selected sample in its real toolchain against a local HTTPS recording
/// server, prints the matrix operation × target (progress on stderr), and exits 1 on any failure (under CI=true also
/// on any skipped sample). Several descriptions verify in one run, each toolchain prepared once for all of them, with a
/// matrix each.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("endpoints.json")
        {
            Description = "The endpoint descriptions to verify (default: endpoints.json in the current folder). Several verify in one run, each toolchain prepared once for all of them.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var targets = new Option<string[]>("--target")
        {
            Description = "A target id (go-nethttp) or a language (python); repeatable. Default: every target.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "ID|LANGUAGE",
        };
        var operations = new Option<string[]>("--operation")
        {
            Description = "An operation id (hooks.secrets.create); repeatable. Default: all.",
            Arity = ArgumentArity.OneOrMore,
            HelpName = "ID",
        };
        var templates = new TemplatesOption();
        var report = new Option<string?>("--report") { Description = "Also write the matrix, toolchain versions and failures as Markdown.", HelpName = "FILE.md" };
        var keep = new Option<string?>("--keep") { Description = "Copy the work folder (samples, builds) here instead of deleting it.", HelpName = "DIR" };
        var tools = new Option<string?>("--tools")
        {
            Description = "The folder whose node_modules holds axios and tree-sitter (default: tools/ of the repository when run inside a checkout, else the per-user cache 'hooksnippets toolchains --install' fills).",
            HelpName = "DIR",
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Seconds each sample may run before it is killed and fails.",
            DefaultValueFactory = _ => 30,
        };
        var shard = new Option<string?>("--shard")
        {
            Description = "Run only the K-th of N parts of the operations (balanced, the same on every machine) and write its results file; join the parts with 'verify merge'.",
            HelpName = "K/N",
        };
        var results = new Option<string?>("--results")
        {
            Description = "Also write the results as JSON, for 'verify merge' or a later --baseline (default with --shard: verify-results-K-of-N.json).",
            HelpName = "FILE.json",
        };
        var baseline = new Option<string?>("--baseline")
        {
            Description = "A results file of an earlier run: samples that passed there and whose sample, expected request, answer and toolchain are unchanged are not run again.",
            HelpName = "FILE.json",
        };
        var changedSince = new Option<string?>("--changed-since")
        {
            Description = "A git ref: run only the samples whose rendered text, expected request or answer differ from those of the description at that ref.",
            HelpName = "REF",
        };

        var command = new Command(
            "verify",
            "Run every sample in its real toolchain against a local HTTPS recording server and check that each sends exactly the expected request. Exit 1 on any failure (under CI=true also when a toolchain is missing).")
        {
            files, targets, operations, templates.Option, report, keep, tools, timeout, shard, results, baseline, changedSince,
        };
        command.Subcommands.Add(VerifyMergeCommand.Create(console));
        command.SetAction(parseResult => console.Guard(() =>
        {
            var paths = DescriptionPaths(parseResult, files);
            if (paths.Count > 1 && (parseResult.GetValue(shard) ?? parseResult.GetValue(results) ?? parseResult.GetValue(baseline) ?? parseResult.GetValue(changedSince)) is not null)
            {
                throw new UsageException("--shard, --results, --baseline and --changed-since take one description: verify each description on its own for them");
            }

            if (templates.Load(parseResult, console) is not { } pack)
            {
                return ExitCodes.Failure;
            }

            var descriptions = new List<(string Path, Description.Model.ApiDescription Api)>();
            foreach (var path in paths)
            {
                var description = DescriptionFile.Read(path);
                if (!DescriptionFile.Report(description, console.Error))
                {
                    console.Error.WriteLine(DescriptionFile.Summary(path, description));
                    return ExitCodes.Failure;
                }

                descriptions.Add((path, description.Description!));
            }

            var seconds = parseResult.GetValue(timeout);
            if (seconds < 1)
            {
                throw new UsageException("--timeout: give a number of seconds of at least 1");
            }

            var part = ParseShard(parseResult.GetValue(shard));
            var resultsPath = parseResult.GetValue(results) ?? (part is null ? null : $"verify-results-{part.Index}-of-{part.Count}.json");
            var toolsDirectory = parseResult.GetValue(tools) ?? RepositoryTools() ?? CachedTools();
            var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            var runs = OperationsPerDescription(descriptions, parseResult.GetValue(operations) ?? [], console)
                .Select(d => new VerifyOptions
                {
                    Api = d.Api,
                    DescriptionPath = d.Path,
                    Pack = pack,
                    Targets = parseResult.GetValue(targets) ?? [],
                    Operations = d.Operations,
                    ToolsDirectory = toolsDirectory,
                    KeepDirectory = parseResult.GetValue(keep),
                    SampleTimeout = TimeSpan.FromSeconds(seconds),
                    Ci = ci,
                    Shard = part,
                    Baseline = ReadBaseline(parseResult.GetValue(baseline), parseResult.GetValue(changedSince), d.Path, pack),
                    Fingerprints = resultsPath is not null,
                })
                .ToArray();

            IReadOnlyList<VerifyReport> reports;
            try
            {
                var progress = new ConsoleProgress(console.Error, ReferenceEquals(console.Error, Console.Error) && ConsoleProgress.IsInteractive);
                reports = Verifier.RunAsync(runs, progress).GetAwaiter().GetResult();
            }
            catch (SelectionException e)
            {
                throw new UsageException(e.Message);
            }
            catch (RequestModelException e)
            {
                console.Error.WriteLine($"{string.Join(", ", paths)}: error: {e.Message}");
                return ExitCodes.Failure;
            }

            return paths.Count == 1
                ? WriteOutputs(reports[0], console, parseResult.GetValue(report), resultsPath)
                : WriteOutputs([.. runs.Select((run, i) => (run.DescriptionPath, reports[i]))], console, parseResult.GetValue(report));
        }));
        return command;
    }

    /// <summary>The paths given, refusing an unknown option that System.CommandLine bound as a file.</summary>
    private static IReadOnlyList<string> DescriptionPaths(ParseResult parseResult, Argument<string[]> argument)
    {
        string[] paths = parseResult.GetValue(argument) is { Length: > 0 } given ? given : [DescriptionFile.DefaultPath];
        if (paths.FirstOrDefault(p => p.Length > 1 && p.StartsWith('-')) is { } option)
        {
            throw new UsageException($"unknown option '{option}'. Run 'hooksnippets verify --help' for usage.");
        }

        return paths;
    }

    /// <summary>
    /// Each description with the <c>--operation</c> ids it holds. With one description every id must be its own (the
    /// verifier names an unknown one); with several, a description holding none of them is left out, and an id no
    /// description holds is a usage error.
    /// </summary>
    private static IEnumerable<(string Path, Description.Model.ApiDescription Api, IReadOnlyList<string> Operations)> OperationsPerDescription(
        IReadOnlyList<(string Path, Description.Model.ApiDescription Api)> descriptions, IReadOnlyList<string> operations, CliConsole console)
    {
        if (descriptions.Count == 1 || operations.Count == 0)
        {
            return descriptions.Select(d => (d.Path, d.Api, operations));
        }

        var owned = descriptions.Select(d => (d.Path, d.Api, Operations: (IReadOnlyList<string>)[.. operations.Where(id => d.Api.Operations.Any(o => o.Id == id))])).ToArray();
        if (operations.FirstOrDefault(id => owned.All(d => !d.Operations.Contains(id))) is { } unknown)
        {
            throw new UsageException($"unknown operation '{unknown}': none of {string.Join(", ", descriptions.Select(d => d.Path))} has it");
        }

        foreach (var left in owned.Where(d => d.Operations.Count == 0))
        {
            console.Error.WriteLine($"{left.Path}: none of the --operation ids, not verified");
        }

        return owned.Where(d => d.Operations.Count > 0);
    }

    /// <summary>Each description's matrix on stdout under its path, and one Markdown report with a section each; the exit code of the run.</summary>
    private static int WriteOutputs(IReadOnlyList<(string Path, VerifyReport Report)> reports, CliConsole console, string? reportPath)
    {
        foreach (var (path, report) in reports)
        {
            console.Out.Write($"{path}:\n{ResultMatrix.Write(report)}\n");
        }

        if (reportPath is not null)
        {
            File.WriteAllText(reportPath, string.Join("\n", reports.Select(r => MarkdownReport.Write(r.Report, r.Path))), RenderedFiles.Utf8);
            console.Error.WriteLine($"Wrote {reportPath}");
        }

        return reports.All(r => r.Report.Succeeded) ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>The matrix on stdout, the Markdown report and the results file when asked for; the exit code of the run.</summary>
    public static int WriteOutputs(VerifyReport result, CliConsole console, string? reportPath, string? resultsPath)
    {
        console.Out.Write(ResultMatrix.Write(result));
        if (reportPath is not null)
        {
            File.WriteAllText(reportPath, MarkdownReport.Write(result), RenderedFiles.Utf8);
            console.Error.WriteLine($"Wrote {reportPath}");
        }

        if (resultsPath is not null)
        {
            File.WriteAllText(resultsPath, ResultsFile.Write(result), RenderedFiles.Utf8);
            console.Error.WriteLine($"Wrote {resultsPath}");
        }

        return result.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static Shard? ParseShard(string? text)
    {
        try
        {
            return text is null ? null : Shard.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException("--shard: " + e.Message);
        }
    }

    private static Baseline? ReadBaseline(string? resultsPath, string? reference, string descriptionPath, TemplatePack pack)
    {
        if (resultsPath is not null && reference is not null)
        {
            throw new UsageException("--baseline and --changed-since: give one of them");
        }

        try
        {
            return resultsPath is not null ? Baseline.FromResults(resultsPath)
                : reference is not null ? Baseline.FromGitRef(reference, descriptionPath, pack.Targets, pack)
                : null;
        }
        catch (ResultsFileException e)
        {
            throw new UsageException("--baseline: " + e.Message);
        }
        catch (BaselineException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>The per-user cache of 'hooksnippets toolchains --install', when it exists.</summary>
    private static string? CachedTools() => Directory.Exists(ToolchainCache.Folder) ? ToolchainCache.Folder : null;

    /// <summary>tools/ of the checkout holding the current folder (the folder with HookSnippets.sln), when it exists.</summary>
    private static string? RepositoryTools()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HookSnippets.sln")))
            {
                var tools = Path.Combine(folder.FullName, "tools");
                return Directory.Exists(tools) ? tools : null;
            }
        }

        return null;
    }
}
