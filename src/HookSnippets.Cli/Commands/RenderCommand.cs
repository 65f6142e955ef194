using System.CommandLine;
using HookSnippets.Snippets.Output;

namespace HookSnippets.Cli.Commands;

internal static class RenderCommand
{
    public static Command Create(CliConsole console)
    {
        var inputs = new RenderInputs();
        var command = new Command(
            "render",
            "Render request samples, docs pages and manifest.json into the snippets folder. Everything is rendered in memory first and the folder is replaced as a whole; on any error nothing is written.");
        inputs.AddTo(command);
        command.SetAction(parseResult => console.Guard(() =>
        {
            var files = inputs.Render(parseResult, console, out var exitCode);
            if (files is null)
            {
                return exitCode;
            }

            var directory = inputs.OutDirectory(parseResult);
            try
            {
                SnippetFolder.Write(directory, files);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                console.Error.WriteLine($"error: cannot write '{directory}': {e.Message}");
                return ExitCodes.Failure;
            }

            console.Out.WriteLine($"Wrote {DescriptionFile.Plural(files.Count, "file")} to {directory}");
            foreach (var operation in files.Paths.Where(p => p.Contains('/')).GroupBy(p => p[..p.IndexOf('/')], StringComparer.Ordinal))
            {
                console.Out.WriteLine($"  {operation.Key}: {DescriptionFile.Plural(operation.Count(), "sample")}");
            }
            return ExitCodes.Success;
        }));
        return command;
    }
}
