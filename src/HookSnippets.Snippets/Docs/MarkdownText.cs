namespace HookSnippets.Snippets.Docs;

/// <summary>Text as the pages of every flavor write it: one line, MDX-safe where the flavor is MDX, table-safe in cells.</summary>
internal sealed class MarkdownText(DocsFlavor flavor)
{
    private bool Mdx => flavor is DocsFlavor.Docusaurus or DocsFlavor.Mintlify;

    /// <summary>Prose on one line; MDX reads <c>{</c> as an expression and <c>&lt;</c> as a tag, even in plain text.</summary>
    public string Text(string value) => Mdx ? EscapeMdx(OneLine(value)) : OneLine(value);

    private string Words(string value) => Mdx ? EscapeMdx(value) : value;

    /// <summary>A table cell: <see cref="Text"/> with <c>|</c> escaped.</summary>
    public string Cell(string value) => EscapePipes(Text(value));

    /// <summary>A code span in a table cell (GFM reads <c>\|</c> as <c>|</c> inside it too).</summary>
    public static string CodeCell(string value) => EscapePipes(CodeSpan(value));

    /// <summary>A type in words, each type of the description linked to its section of <c>types.md</c>.</summary>
    /// <remarks>Parts keep their spaces (<c>"array of "</c>): they are single-line words, never prose.</remarks>
    public string Type(TypeText type, string typesPage) => EscapePipes(string.Concat(type.Parts.Select(p => p.IsType
        ? "[" + Words(p.Text) + "](" + typesPage + "#" + Anchor(p.Text) + ")"
        : Words(p.Text))));

    /// <summary>The heading id every flavor's slugger gives a type name (letters, digits and <c>_</c>): its lower case.</summary>
    public static string Anchor(string typeName) => typeName.ToLowerInvariant();

    public static string CodeSpan(string text)
    {
        var ticks = new string('`', LongestRun(text, '`') + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return ticks + pad + OneLine(text) + pad + ticks;
    }

    /// <summary>A fence longer than any backtick run in the code, so a sample can never close its own block.</summary>
    public static string Fenced(string info, string code)
    {
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        return fence + info + "\n" + code + (code.EndsWith('\n') ? string.Empty : "\n") + fence + "\n";
    }

    public static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static int LongestRun(string text, char c)
    {
        int longest = 0, current = 0;
        foreach (var ch in text)
        {
            current = ch == c ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    private static string EscapePipes(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string EscapeMdx(string text) => text
        .Replace("{", "\\{", StringComparison.Ordinal)
        .Replace("}", "\\}", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
