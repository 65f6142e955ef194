using System.CommandLine;

namespace HookSnippets.Cli.Commands;

internal static class ListCommand
{
    public static Command Create(CliConsole console)
    {
        var file = DescriptionFile.CreateArgument();
        var command = new Command("list", "Print one line per operation: id, method, path and scopes.")
        {
            file,
        };
        command.SetAction(parseResult => console.Guard(() =>
        {
            var path = DescriptionFile.GetPath(parseResult, file);
            var result = DescriptionFile.Read(path);
            if (!DescriptionFile.Report(result, console.Error))
            {
                console.Error.WriteLine(DescriptionFile.Summary(path, result));
                return ExitCodes.Failure;
            }

            var operations = result.Description!.Operations;
            var idWidth = operations.Select(o => o.Id.Length).DefaultIfEmpty(0).Max();
            var methodWidth = operations.Select(o => o.Method.Length).DefaultIfEmpty(0).Max();
            var pathWidth = operations.Select(o => o.Path.Length).DefaultIfEmpty(0).Max();
            foreach (var operation in operations)
            {
                var line = $"{operation.Id.PadRight(idWidth)}  {operation.Method.PadRight(methodWidth)}  {operation.Path.PadRight(pathWidth)}  {string.Join(" ", operation.Scopes)}";
                console.Out.WriteLine(line.TrimEnd());
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
