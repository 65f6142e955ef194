using System.Text;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Docs;

/// <summary>
/// <c>OUT/&lt;operation-id&gt;.md</c>, the operation's reference page: summary, method and path, deprecation, description,
/// authentication and scopes, the parameters table, the request body's fields, one code block per target in the
/// chosen flavor (under a heading per example when there are several), the responses with their examples, the errors
/// table and the "Value | Description" table of placeholders. Described types link to <c>types.md</c>.
/// </summary>
public static class DocsPage
{
    public static string Write(
        OperationFacts operation,
        ReferenceFacts reference,
        IReadOnlyList<(ExampleFacts Example, IReadOnlyList<(SnippetTarget Target, string Code)> Samples)> sets,
        DocsFlavor flavor)
    {
        var md = new MarkdownText(flavor);
        var page = new StringBuilder();
        if (flavor == DocsFlavor.Docusaurus)
        {
            page.Append("import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n");
        }

        page.Append("# ").Append(md.Text(operation.Summary ?? operation.Id)).Append("\n\n");
        page.Append(MarkdownText.CodeSpan(operation.Method + " " + operation.PathTemplate)).Append(" (operation ").Append(MarkdownText.CodeSpan(operation.Id)).Append(")\n\n");
        if (operation.Deprecated)
        {
            page.Append("> **Deprecated.**\n\n");
        }

        if (!string.IsNullOrWhiteSpace(operation.Description))
        {
            page.Append(md.Text(operation.Description)).Append("\n\n");
        }

        if (Authentication(operation.Authentication) is { } authentication)
        {
            page.Append("**Authentication:** ").Append(md.Text(authentication)).Append("\n\n");
        }

        if (operation.Scopes.Count > 0)
        {
            page.Append("**Scopes:** ").Append(string.Join(", ", operation.Scopes.Select(MarkdownText.CodeSpan))).Append("\n\n");
        }

        AppendParameters(page, md, reference.Parameters);
        if (reference.Body is { } body)
        {
            AppendBody(page, md, body);
        }

        page.Append("## Request samples\n\n");
        foreach (var (example, samples) in sets)
        {
            if (sets.Count > 1)
            {
                page.Append("### Example: ").Append(md.Text(example.Summary ?? example.Name!)).Append("\n\n");
            }

            AppendSamples(page, md, samples, flavor, sets.Count > 1 ? "#### " : "### ");
        }

        AppendResponses(page, md, reference.Responses);
        AppendErrors(page, md, reference.Errors);
        if (operation.Placeholders.Count > 0)
        {
            page.Append("## Placeholders\n\nReplace these values in the samples:\n\n| Value | Description |\n| --- | --- |\n");
            foreach (var placeholder in operation.Placeholders)
            {
                page.Append("| ").Append(MarkdownText.CodeCell(placeholder.Value)).Append(" | ").Append(md.Cell(placeholder.Description)).Append(" |\n");
            }

            page.Append('\n');
        }

        return page.ToString().TrimEnd('\n') + "\n";
    }

    private static void AppendParameters(StringBuilder page, MarkdownText md, IReadOnlyList<ParameterRow> parameters)
    {
        if (parameters.Count == 0)
        {
            return;
        }

        page.Append("## Parameters\n\n| Name | In | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var p in parameters)
        {
            page.Append("| ").Append(MarkdownText.CodeCell(p.Name))
                .Append(" | ").Append(p.In)
                .Append(" | ").Append(md.Type(p.Type, TypesPage.FileName))
                .Append(" | ").Append(p.Required ? "yes" : "no")
                .Append(" | ").Append(p.Description is { } d ? md.Cell(d) : string.Empty)
                .Append(" | ").Append(p.Example is { } e ? MarkdownText.CodeCell(e) : string.Empty)
                .Append(" |\n");
        }

        page.Append('\n');
    }

    private static void AppendBody(StringBuilder page, MarkdownText md, BodyFacts body)
    {
        page.Append("## Request body\n\n").Append(MarkdownText.CodeSpan(body.ContentType)).Append(": ").Append(md.Type(body.Type, TypesPage.FileName));
        if (body.Description is { } description)
        {
            page.Append(". ").Append(md.Text(description));
        }

        page.Append("\n\n");
        AppendFields(page, md, body.Fields, TypesPage.FileName);
    }

    /// <summary>The "Field | Type | Required | Description" table, when there are fields.</summary>
    internal static void AppendFields(StringBuilder page, MarkdownText md, IReadOnlyList<FieldRow> fields, string typesPage)
    {
        if (fields.Count == 0)
        {
            return;
        }

        page.Append("| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n");
        foreach (var field in fields)
        {
            page.Append("| ").Append(MarkdownText.CodeCell(field.Name))
                .Append(" | ").Append(md.Type(field.Type, typesPage))
                .Append(" | ").Append(field.Required ? "yes" : "no")
                .Append(" | ").Append(field.Description is { } d ? md.Cell(d) : string.Empty)
                .Append(" |\n");
        }

        page.Append('\n');
    }

    private static void AppendResponses(StringBuilder page, MarkdownText md, IReadOnlyList<ResponseFacts> responses)
    {
        if (responses.Count == 0)
        {
            return;
        }

        page.Append("## Responses\n\n");
        foreach (var response in responses)
        {
            page.Append("### ").Append(response.Status).Append("\n\n");
            var line = string.Join(" ", new[]
            {
                response.Description is { } d ? md.Text(d) : null,
                response.Type is { } type ? "Body: " + md.Type(type, TypesPage.FileName) + "." : null,
            }.OfType<string>());
            if (line.Length > 0)
            {
                page.Append(line).Append("\n\n");
            }

            foreach (var example in response.Examples)
            {
                var title = example.Synthesised ? "Example (built from the schema)" : "Example" + ((example.Summary ?? example.Name) is { } n ? ": " + md.Text(n) : string.Empty);
                page.Append(title).Append(":\n\n").Append(MarkdownText.Fenced("json", example.Json)).Append('\n');
            }
        }
    }

    private static void AppendErrors(StringBuilder page, MarkdownText md, IReadOnlyList<ErrorRow> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        var codes = errors.Any(e => e.Code is not null);
        page.Append("## Errors\n\n").Append(codes ? "| Status | Code | Message |\n| --- | --- | --- |\n" : "| Status | Message |\n| --- | --- |\n");
        foreach (var error in errors)
        {
            page.Append("| ").Append(error.Status);
            if (codes)
            {
                page.Append(" | ").Append(error.Code is { } code ? MarkdownText.CodeCell(code) : string.Empty);
            }

            page.Append(" | ").Append(md.Cell(error.Message)).Append(" |\n");
        }

        page.Append('\n');
    }

    /// <summary>"HTTP basic; or an API key in the header `X-API-Key`": the alternatives samples could send, the first being what they send.</summary>
    private static string? Authentication(IReadOnlyList<IReadOnlyList<AuthFacts>> alternatives) =>
        alternatives.Count == 0
            ? null
            : string.Join("; or ", alternatives.Select(schemes => schemes.Count == 0 ? "no credentials" : string.Join(" and ", schemes.Select(Describe)))) + ".";

    private static string Describe(AuthFacts scheme) => scheme.Type switch
    {
        "basic" => "HTTP basic (username and password)",
        "apiKey" when scheme.In == "query" => "an API key in the query parameter " + MarkdownText.CodeSpan(scheme.KeyName!),
        "apiKey" => "an API key in the " + scheme.In + " " + MarkdownText.CodeSpan(scheme.KeyName!),
        "oauth2" => "an OAuth 2.0 access token (bearer)",
        "openIdConnect" => "an OpenID Connect token (bearer)",
        _ => "a bearer token",
    };

    private static void AppendSamples(StringBuilder page, MarkdownText md, IReadOnlyList<(SnippetTarget Target, string Code)> samples, DocsFlavor flavor, string heading)
    {
        switch (flavor)
        {
            case DocsFlavor.Markdown:
                foreach (var (target, code) in samples)
                {
                    page.Append(heading).Append(target.DisplayName).Append("\n\n").Append(MarkdownText.Fenced(target.Fence, code)).Append('\n');
                }

                break;
            case DocsFlavor.MkDocs:
                foreach (var (target, code) in samples)
                {
                    page.Append("=== \"").Append(target.DisplayName).Append("\"\n\n").Append(Indent(MarkdownText.Fenced(target.Fence, code))).Append('\n');
                }

                break;
            case DocsFlavor.Docusaurus:
                page.Append("<Tabs groupId=\"hooksnippets-target\">\n");
                foreach (var (target, code) in samples)
                {
                    page.Append("<TabItem value=\"").Append(target.Id).Append("\" label=\"").Append(target.DisplayName).Append("\">\n\n")
                        .Append(MarkdownText.Fenced(target.Fence, code)).Append("\n</TabItem>\n");
                }

                page.Append("</Tabs>\n\n");
                break;
            case DocsFlavor.Mintlify:
                page.Append("<CodeGroup>\n\n");
                foreach (var (target, code) in samples)
                {
                    page.Append(MarkdownText.Fenced(target.Fence + " " + target.DisplayName, code)).Append('\n');
                }

                page.Append("</CodeGroup>\n\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(flavor), flavor, null);
        }

        foreach (var (target, _) in samples)
        {
            if (target.PageNote is { } note)
            {
                page.Append("> **").Append(md.Text(target.DisplayName)).Append(":** ").Append(md.Text(note)).Append("\n\n");
            }
        }
    }

    private static string Indent(string block) =>
        string.Join('\n', block.TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? line : "    " + line)) + "\n";
}
