namespace HookSnippets.Cli;

/// <summary>Where a command prints: results to <see cref="Out"/>, diagnostics and notes about the run to <see cref="Error"/>.</summary>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>
    /// Runs a command body, turning a <see cref="UsageException"/> into <c>error: message</c> and exit code 2. Any
    /// other exception is a bug of the tool, not of the input: it is printed as one line, never as a stack trace.
    /// </summary>
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
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Error.WriteLine($"error: internal error ({e.GetType().FullName}: {e.Message}); please report it with the input that caused it.");
            return ExitCodes.Failure;
        }
    }
}
