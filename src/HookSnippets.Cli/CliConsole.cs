namespace HookSnippets.Cli;

/// <summary>Where a command prints: results to <see cref="Out"/>, diagnostics and notes about the run to <see cref="Error"/>.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Runs a command body, turning a <see cref="UsageException"/> into <c>error: message</c> and exit code 2.</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            Error.WriteLine("error: " + e.Message);
            return ExitCodes.Usage;
        }
    }
}
