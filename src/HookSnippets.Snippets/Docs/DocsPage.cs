using System.Text;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Docs;

/// <summary>
/// <c>OUT/&lt;operation-id&gt;.md</c>: the summary, method and path, description, authentication, scopes, one code
/// block per target in the chosen flavor (under a heading per example when there are several), and the
/// "Value | Description" table of placeholders.
/// </summary>
public static class DocsPage
{
    public static string Write(OperationFacts operation, IReadOnlyList<(ExampleFacts Example, IReadOnlyList<(SnippetTarget Target, string Code)> Samples)> sets, DocsFlavor flavor)
    {
        var mdx = flavor is DocsFlavor.Docusaurus or DocsFlavor.Mintlify;
        string Text(string value) => mdx ? EscapeMdx(OneLine(value)) : OneLine(value);

        var page = new StringBuilder();
        if (flavor == DocsFlavor.Docusaurus)
        {
            page.Append("import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n");
        }

        page.Append("# ").Append(Text(operation.Summary ?? operation.Id)).Append("\n\n");
        page.Append(CodeSpan(operation.Method + " " + operation.PathTemplate)).Append(" (operation ").Append(CodeSpan(operation.Id)).Append(")\n\n");
        if (operation.Deprecated)
        {
            page.Append("> **Deprecated.**\n\n");
        }

        if (!string.IsNullOrWhiteSpace(operation.Description))
        {
            page.Append(Text(operation.Description)).Append("\n\n");
        }

        if (Authentication(operation.Authentication) is { } authentication)
        {
            page.Append("**Authentication:** ").Append(Text(authentication)).Append("\n\n");
        }

        if (operation.Scopes.Count > 0)
        {
            page.Append("**Scopes:** ").Append(string.Join(", ", operation.Scopes.Select(CodeSpan))).Append("\n\n");
        }

        page.Append("## Request samples\n\n");
        foreach (var (example, samples) in sets)
        {
            if (sets.Count > 1)
            {
                page.Append("### Example: ").Append(Text(example.Summary ?? example.Name!)).Append("\n\n");
            }

            AppendSamples(page, samples, flavor, sets.Count > 1 ? "#### " : "### ");
        }

        if (operation.Placeholders.Count > 0)
        {
            page.Append("## Placeholders\n\nReplace these values in the samples:\n\n| Value | Description |\n| --- | --- |\n");
            foreach (var placeholder in operation.Placeholders)
            {
                page.Append("| ").Append(CodeSpan(placeholder.Value).Replace("|", "\\|", StringComparison.Ordinal))
                    .Append(" | ").Append(Text(placeholder.Description).Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
            }

            page.Append('\n');
        }

        return page.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>"HTTP basic; or an API key in the header `X-API-Key`": the alternatives samples could send, the first being what they send.</summary>
    private static string? Authentication(IReadOnlyList<IReadOnlyList<AuthFacts>> alternatives) =>
        alternatives.Count == 0
            ? null
            : string.Join("; or ", alternatives.Select(schemes => schemes.Count == 0 ? "no credentials" : string.Join(" and ", schemes.Select(Describe)))) + ".";

    private static string Describe(AuthFacts scheme) => scheme.Type switch
    {
        "basic" => "HTTP basic (username and password)",
        "apiKey" when scheme.In == "query" => "an API key in the query parameter " + CodeSpan(scheme.KeyName!),
        "apiKey" => "an API key in the " + scheme.In + " " + CodeSpan(scheme.KeyName!),
        "oauth2" => "an OAuth 2.0 access token (bearer)",
        "openIdConnect" => "an OpenID Connect token (bearer)",
        _ => "a bearer token",
    };

    private static void AppendSamples(StringBuilder page, IReadOnlyList<(SnippetTarget Target, string Code)> samples, DocsFlavor flavor, string heading)
    {
        switch (flavor)
        {
            case DocsFlavor.Markdown:
                foreach (var (target, code) in samples)
                {
                    page.Append(heading).Append(target.DisplayName).Append("\n\n").Append(Fenced(target.Fence, code)).Append('\n');
                }

                break;
            case DocsFlavor.MkDocs:
                foreach (var (target, code) in samples)
                {
                    page.Append("=== \"").Append(target.DisplayName).Append("\"\n\n").Append(Indent(Fenced(target.Fence, code))).Append('\n');
                }

                break;
            case DocsFlavor.Docusaurus:
                page.Append("<Tabs groupId=\"hooksnippets-target\">\n");
                foreach (var (target, code) in samples)
                {
                    page.Append("<TabItem value=\"").Append(target.Id).Append("\" label=\"").Append(target.DisplayName).Append("\">\n\n")
                        .Append(Fenced(target.Fence, code)).Append("\n</TabItem>\n");
                }

                page.Append("</Tabs>\n\n");
                break;
            case DocsFlavor.Mintlify:
                page.Append("<CodeGroup>\n\n");
                foreach (var (target, code) in samples)
                {
                    page.Append(Fenced(target.Fence + " " + target.DisplayName, code)).Append('\n');
                }

                page.Append("</CodeGroup>\n\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(flavor), flavor, null);
        }
    }

    /// <summary>A fence longer than any backtick run in the code, so a sample can never close its own block.</summary>
    private static string Fenced(string info, string code)
    {
        var fence = new string('`', Math.Max(3, LongestRun(code, '`') + 1));
        return fence + info + "\n" + code + fence + "\n";
    }

    private static string CodeSpan(string text)
    {
        var ticks = new string('`', LongestRun(text, '`') + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : string.Empty;
        return ticks + pad + OneLine(text) + pad + ticks;
    }

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

    private static string Indent(string block) =>
        string.Join('\n', block.TrimEnd('\n').Split('\n').Select(line => line.Length == 0 ? line : "    " + line)) + "\n";

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>MDX reads <c>{</c> as an expression and <c>&lt;</c> as a tag, even in plain text.</summary>
    private static string EscapeMdx(string text) => text
        .Replace("{", "\\{", StringComparison.Ordinal)
        .Replace("}", "\\}", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);
}
