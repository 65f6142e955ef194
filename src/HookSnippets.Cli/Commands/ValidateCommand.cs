using System.CommandLine;

namespace HookSnippets.Cli.Commands;

internal static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var file = DescriptionFile.CreateArgument();
        var command = new Command("validate", "Check an endpoint description and print its diagnostics (exit 0: no errors, 1: errors, 2: unreadable file or bad arguments).")
        {
            file,
        };
        command.SetAction(parseResult => console.Guard(() =>
        {
            var path = DescriptionFile.GetPath(parseResult, file);
            var result = DescriptionFile.Read(path);
            var clean = DescriptionFile.Report(result, console.Out);
            console.Out.WriteLine(DescriptionFile.Summary(path, result));
            return clean ? ExitCodes.Success : ExitCodes.Failure;
        }));
        return command;
    }
}
