namespace HookSnippets.Cli;

/// <summary>A mistake in how the tool was called: reported as <c>error: message</c> with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
