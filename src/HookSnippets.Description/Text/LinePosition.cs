namespace HookSnippets.Description.Text;

/// <summary>A 0-based line and column (UTF-16 code units), as Roslyn's <c>LinePosition</c>.</summary>
public readonly record struct LinePosition(int Line, int Column);
