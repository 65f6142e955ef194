using System.Text;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Docs;

/// <summary>
/// <c>OUT/types.md</c>: a section per type of the description (its description and its fields, or the type in words),
/// the target of the type links on the reference pages. Not written when the description declares no types.
/// </summary>
public static class TypesPage
{
    public const string FileName = "types.md";

    public static string Write(ApiDescription api, DocsFlavor flavor)
    {
        var md = new MarkdownText(flavor);
        var page = new StringBuilder("# Types\n\nThe types that parameters, request bodies and responses use.\n\n");
        foreach (var type in api.Types)
        {
            // The heading is the bare name, so that its id is the anchor the reference pages link to.
            page.Append("## ").Append(type.Name).Append("\n\n");
            if ((type.Schema.Description ?? type.Schema.Title) is { } description)
            {
                page.Append(md.Text(description)).Append("\n\n");
            }

            var fields = SchemaWords.Members(api, type.Schema)
                .Select(m => new FieldRow(m.Property.Name, SchemaWords.Describe(m.Property.Schema), m.Required, m.Property.Schema.Description))
                .ToArray();
            if (fields.Length > 0)
            {
                DocsPage.AppendFields(page, md, fields, string.Empty);
            }
            else
            {
                page.Append(md.Type(SchemaWords.Describe(type.Schema with { Ref = null }), string.Empty)).Append(".\n\n");
            }
        }

        return page.ToString().TrimEnd('\n') + "\n";
    }
}
