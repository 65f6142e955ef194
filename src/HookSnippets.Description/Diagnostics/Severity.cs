namespace HookSnippets.Description.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
