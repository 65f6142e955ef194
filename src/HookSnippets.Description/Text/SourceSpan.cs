namespace HookSnippets.Description.Text;

/// <summary>
/// Where a token stands in a description: a character offset and length (UTF-16 code units, a BOM not counted)
/// and 0-based line and column at both ends, counted exactly as Roslyn counts them, so that the CLI and the
/// compiler point at the same place.
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public int End => Start + Length;
}
