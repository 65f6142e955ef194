using System.Text;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Snippets.Docs;

/// <summary>
/// <c>OUT/index.md</c> (the API, its groups and the operations outside any group) and <c>OUT/groups/&lt;group&gt;.md</c>
/// for each group of operation ids (<c>hooks</c>, <c>hooks.secrets</c>): its operations, linked to their pages, and
/// its subgroups.
/// </summary>
public static class IndexPages
{
    public const string IndexFile = "index.md";

    public static string GroupFile(string group) => "groups/" + group + ".md";

    public static IEnumerable<(string File, string Text)> Write(ApiFacts api, string? description, IReadOnlyList<OperationFacts> operations, DocsFlavor flavor)
    {
        var md = new MarkdownText(flavor);
        var groups = operations
            .SelectMany(o => Enumerable.Range(1, o.IdSegments.Count - 1).Select(n => string.Join('.', o.IdSegments.Take(n))))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

        var index = new StringBuilder("# ").Append(md.Text(api.Title ?? api.Name)).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(description))
        {
            index.Append(md.Text(description)).Append("\n\n");
        }

        AppendGroups(index, md, groups.Where(g => !g.Contains('.')), "groups/");
        AppendOperations(index, md, operations.Where(o => o.IdSegments.Count == 1), string.Empty);
        yield return (IndexFile, index.ToString().TrimEnd('\n') + "\n");

        foreach (var group in groups)
        {
            var page = new StringBuilder("# ").Append(md.Text(group)).Append("\n\n");
            AppendOperations(page, md, operations.Where(o => ParentOf(o.Id) == group), "../");
            AppendGroups(page, md, groups.Where(g => ParentOf(g) == group), string.Empty);
            yield return (GroupFile(group), page.ToString().TrimEnd('\n') + "\n");
        }
    }

    private static string? ParentOf(string id) => id.LastIndexOf('.') is > 0 and var dot ? id[..dot] : null;

    /// <param name="prefix">From index.md a group page is <c>groups/&lt;group&gt;.md</c>; from a group page, its sibling.</param>
    private static void AppendGroups(StringBuilder page, MarkdownText md, IEnumerable<string> groups, string prefix)
    {
        var list = groups.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        page.Append("## Groups\n\n");
        foreach (var group in list)
        {
            page.Append("- [").Append(md.Text(group)).Append("](").Append(prefix).Append(group).Append(".md)\n");
        }

        page.Append('\n');
    }

    private static void AppendOperations(StringBuilder page, MarkdownText md, IEnumerable<OperationFacts> operations, string prefix)
    {
        var list = operations.ToArray();
        if (list.Length == 0)
        {
            return;
        }

        page.Append("## Operations\n\n| Operation | Request |\n| --- | --- |\n");
        foreach (var operation in list)
        {
            page.Append("| [").Append(md.Cell(operation.Summary ?? operation.Id)).Append("](").Append(prefix).Append(operation.Id).Append(".md) | ")
                .Append(MarkdownText.CodeCell(operation.Method + " " + operation.PathTemplate)).Append(" |\n");
        }

        page.Append('\n');
    }
}
