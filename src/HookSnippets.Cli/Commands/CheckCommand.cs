using System.CommandLine;
using HookSnippets.Snippets.Output;

namespace HookSnippets.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new RenderInputs();
        var command = new Command(
            "check",
            "Render in memory and compare with the snippets folder: exit 0 when identical, 1 with a unified diff of stale, missing and extra files.");
        inputs.AddTo(command);
        command.SetAction(parseResult => console.Guard(() =>
        {
            var files = inputs.Render(parseResult, console, out var exitCode);
            if (files is null)
            {
                return exitCode;
            }

            var directory = inputs.OutDirectory(parseResult);
            var differences = FolderComparison.Compare(directory, files);
            foreach (var difference in differences)
            {
                console.Out.Write(difference.Diff);
            }

            if (differences.Count == 0)
            {
                console.Out.WriteLine($"{directory} is up to date ({DescriptionFile.Plural(files.Count, "file")})");
                return ExitCodes.Success;
            }

            int Count(DifferenceKind kind) => differences.Count(d => d.Kind == kind);
            console.Error.WriteLine(
                $"{directory} is out of date: {Count(DifferenceKind.Stale)} stale, {Count(DifferenceKind.Missing)} missing, {Count(DifferenceKind.Extra)} extra; run 'hooksnippets render' with the same options to update it");
            return ExitCodes.Failure;
        }));
        return command;
    }
}
