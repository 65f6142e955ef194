using System.CommandLine;
using HookSnippets.Snippets.Output;

namespace HookSnippets.Cli.Commands;

internal static class RenderCommand
{
    public static Command Create(CliConsole console, CancellationToken stop)
    {
        var inputs = new RenderInputs();
        var watch = new Option<bool>("--watch")
        {
            Description = "After rendering, render again whenever the description, the --templates folder or the --openapi file changes (Ctrl+C stops); an error is shown and the next change is awaited.",
        };
        var command = new Command(
            "render",
            "Render request samples, docs pages and manifest.json into the snippets folder, and with --openapi the OpenAPI file with x-codeSamples and its overlay. Everything is rendered in memory first and the folder is replaced as a whole; on any error nothing is written.");
        inputs.AddTo(command);
        command.Add(watch);
        command.SetAction(parseResult => console.Guard(() =>
        {
            if (!parseResult.GetValue(watch))
            {
                return Render(parseResult, inputs, console, previous: null, out _);
            }

            var watched = new List<string> { inputs.DescriptionPath(parseResult) };
            watched.AddRange(new[] { inputs.TemplatesDirectory(parseResult), inputs.OpenApi.Source(parseResult) }.OfType<string>());
            RenderedFiles? last = null;
            return new RenderWatch(console, watched).Run(
                () =>
                {
                    Render(parseResult, inputs, console, last, out var files);
                    last = files ?? last;
                },
                stop);
        }));
        return command;
    }

    /// <summary>
    /// One render, written out; prints what changed since <paramref name="previous"/> when there was one. The exit code,
    /// and the files rendered (null when nothing was written).
    /// </summary>
    /// <exception cref="UsageException">Bad arguments or an unreadable description or OpenAPI file.</exception>
    private static int Render(ParseResult parseResult, RenderInputs inputs, CliConsole console, RenderedFiles? previous, out RenderedFiles? written)
    {
        written = null;
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
        var writing = directory;
        try
        {
            SnippetFolder.Write(directory, files);
            foreach (var (path, text) in openApi)
            {
                writing = path;
                OutputFile.Write(path, text);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: cannot write '{writing}': {e.Message}");
            return ExitCodes.Failure;
        }

        written = files;
        console.Out.WriteLine($"Wrote {DescriptionFile.Plural(files.Count, "file")} to {directory}");
        if (previous is null)
        {
            foreach (var operation in files.Paths.Where(p => p.Contains('/')).GroupBy(p => p[..p.IndexOf('/')], StringComparer.Ordinal))
            {
                console.Out.WriteLine($"  {operation.Key}: {DescriptionFile.Plural(operation.Count(), "sample")}");
            }
        }
        else
        {
            var changed = files.Paths.Where(p => !previous.Contains(p) || previous[p] != files[p])
                .Concat(previous.Paths.Where(p => !files.Contains(p)))
                .Order(StringComparer.Ordinal)
                .ToList();
            console.Out.WriteLine(changed.Count == 0 ? "  no file changed" : $"  {DescriptionFile.Plural(changed.Count, "file")} changed: {string.Join(", ", changed)}");
        }

        foreach (var (path, _) in openApi)
        {
            console.Out.WriteLine($"Wrote {path}");
        }

        return ExitCodes.Success;
    }
}
