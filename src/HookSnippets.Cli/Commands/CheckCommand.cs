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
            "Render in memory and compare with the snippets folder (and with --openapi, the --openapi-out and --overlay files): exit 0 when identical, 1 with a unified diff of stale, missing and extra files.");
        inputs.AddTo(command);
        command.SetAction(parseResult => console.Guard(() =>
        {
            if (inputs.Render(parseResult, console, out var exitCode) is not var (result, pack))
            {
                return exitCode;
            }

            var openApi = inputs.OpenApi.Render(parseResult, inputs.DescriptionPath(parseResult), result, pack, console);
            if (openApi is null)
            {
                return ExitCodes.Failure;
            }

            var files = result.Files!;
            var directory = inputs.OutDirectory(parseResult);
            var differences = FolderComparison.Compare(directory, files).ToList();
            foreach (var (path, text) in openApi)
            {
                if (OutputFile.Read(path) is not { } actual)
                {
                    differences.Add(new FileDifference(path, DifferenceKind.Missing, UnifiedDiff.Create("/dev/null", "b/" + path, string.Empty, text)));
                }
                else if (actual != text)
                {
                    differences.Add(new FileDifference(path, DifferenceKind.Stale, UnifiedDiff.Create("a/" + path, "b/" + path, actual, text)));
                }
            }

            foreach (var difference in differences)
            {
                console.Out.Write(difference.Diff);
            }

            if (differences.Count == 0)
            {
                var others = openApi.Count == 0 ? string.Empty : "; so " + (openApi.Count == 1 ? "is " : "are ") + string.Join(" and ", openApi.Select(o => o.Path));
                console.Out.WriteLine($"{directory} is up to date ({DescriptionFile.Plural(files.Count, "file")}){others}");
                return ExitCodes.Success;
            }

            int Count(DifferenceKind kind) => differences.Count(d => d.Kind == kind);
            console.Error.WriteLine(
                $"{string.Join(", ", openApi.Select(o => o.Path).Prepend(directory))} {(openApi.Count == 0 ? "is" : "are")} out of date: {Count(DifferenceKind.Stale)} stale, {Count(DifferenceKind.Missing)} missing, {Count(DifferenceKind.Extra)} extra; run 'hooksnippets render' with the same options to update it");
            return ExitCodes.Failure;
        }));
        return command;
    }
}
