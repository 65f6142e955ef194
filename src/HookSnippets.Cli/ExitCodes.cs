namespace HookSnippets.Cli;

/// <summary>Exit codes of every command (docs: README and <c>--help</c>).</summary>
internal static class ExitCodes
{
    /// <summary>Done; the description has no errors (warnings allowed); check found no difference.</summary>
    public const int Success = 0;

    /// <summary>The description or a template has errors, or check found differences.</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments, or the description file cannot be read.</summary>
    public const int Usage = 2;
}
