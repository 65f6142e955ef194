using System.CommandLine;
using HookSnippets.Cli.Commands;

namespace HookSnippets.Cli;

/// <summary>The <c>hooksnippets</c> command line, runnable in-process with any writers (tests do).</summary>
public static class HookSnippetsCli
{
    /// <param name="stop">Ends <c>render --watch</c> (Ctrl+C does too); other commands run to their end.</param>
    public static int Run(string[] args, TextWriter output, TextWriter error, CancellationToken stop = default)
    {
        var console = new CliConsole(output, error);
        var root = new RootCommand("Validate endpoint descriptions and render request samples that are proven to work.")
        {
            ValidateCommand.Create(console),
            ListCommand.Create(console),
            RenderCommand.Create(console, stop),
            CheckCommand.Create(console),
            VerifyCommand.Create(console),
            ToolchainsCommand.Create(console),
            ImportCommand.Create(console),
        };

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // System.CommandLine would exit 1, which here means "the description has errors".
            foreach (var parseError in parseResult.Errors)
            {
                error.WriteLine("error: " + parseError.Message);
            }

            error.WriteLine("Run 'hooksnippets --help' for usage.");
            return ExitCodes.Usage;
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
