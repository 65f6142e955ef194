using System.CommandLine;
using HookSnippets.Verification;
using HookSnippets.Verification.Runs;

namespace HookSnippets.Cli.Commands;

/// <summary>
/// <c>hooksnippets verify merge FILES...</c>: joins the results files of the parts of one run (<c>verify --shard K/N</c>)
/// into its matrix (stdout) and, when asked, its Markdown report and one results file. Exit 1 when a sample failed (or,
/// under CI=true in a part, was skipped), 2 when the files are not the parts of one run (one missing or given twice,
/// samples in two files, another description).
/// </summary>
internal static class VerifyMergeCommand
{
    public static Command Create(CliConsole console)
    {
        var files = new Argument<string[]>("FILES") { Description = "The results files of every part (verify --shard K/N).", Arity = ArgumentArity.OneOrMore };
        var report = new Option<string?>("--report") { Description = "Also write the matrix, toolchain versions and failures as Markdown.", HelpName = "FILE.md" };
        var results = new Option<string?>("--results") { Description = "Also write the joined results as one results file (a --baseline for later runs).", HelpName = "FILE.json" };
        var command = new Command("merge", "Join the results files of the parts of one verify run into one matrix and report; fails when a part is missing or two overlap.")
        {
            files, report, results,
        };
        command.SetAction(parseResult => console.Guard(() =>
        {
            VerifyReport merged;
            try
            {
                merged = ResultsMerge.Merge(parseResult.GetValue(files) ?? []);
            }
            catch (ResultsFileException e)
            {
                throw new UsageException(e.Message);
            }

            return VerifyCommand.WriteOutputs(merged, console, parseResult.GetValue(report), parseResult.GetValue(results));
        }));
        return command;
    }
}
