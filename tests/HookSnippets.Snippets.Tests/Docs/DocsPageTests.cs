using HookSnippets.Description.Model;
using HookSnippets.Snippets.Docs;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Tests.Docs;

public sealed class DocsPageTests
{
    private static readonly OperationFacts Operation = new()
    {
        Id = "hooks.secrets.create",
        IdSegments = ["hooks", "secrets", "create"],
        Method = "POST",
        PathTemplate = "/hooks/{id}/secrets",
        Source = null,
        Summary = "Add hook secrets",
        Description = "Adds secrets to a hook.\nAt most {20} <secrets>.",
        Scopes = ["create:hooks", "update:hooks"],
        Deprecated = false,
        Authentication = [],
        Placeholders = [new Placeholder("HOOK_ID", "ID of the hook"), new Placeholder("A|B", "pipe | inside")],
    };

    private static readonly (SnippetTarget, string)[] Samples =
    [
        (TemplatePack.Embedded.Targets.Single(t => t.Id == "shell-curl"), "curl --request POST\n"),
        (TemplatePack.Embedded.Targets.Single(t => t.Id == "python-requests"), "print(\"```\")\n"),
    ];

    [Fact]
    public void MarkdownHasAHeadingAndAFencedBlockPerTargetAndThePlaceholderTable()
    {
        Assert.Equal(
            """
            # Add hook secrets

            `POST /hooks/{id}/secrets` (operation `hooks.secrets.create`)

            Adds secrets to a hook. At most {20} <secrets>.

            **Scopes:** `create:hooks`, `update:hooks`

            ## Request samples

            ### cURL

            ```bash
            curl --request POST
            ```

            ### Python (requests)

            ````python
            print("```")
            ````

            ## Placeholders

            Replace these values in the samples:

            | Value | Description |
            | --- | --- |
            | `HOOK_ID` | ID of the hook |
            | `A\|B` | pipe \| inside |

            """,
            DocsPage.Write(Operation, ReferenceFacts.Empty, One(Samples), DocsFlavor.Markdown));
    }

    [Fact]
    public void MkDocsUsesContentTabsWithIndentedBlocks()
    {
        var page = DocsPage.Write(Operation, ReferenceFacts.Empty, One(Samples), DocsFlavor.MkDocs);
        Assert.Contains("## Request samples\n\n=== \"cURL\"\n\n    ```bash\n    curl --request POST\n    ```\n\n=== \"Python (requests)\"\n\n    ````python\n", page);
    }

    [Fact]
    public void DocusaurusUsesTabsAndEscapesMdxText()
    {
        var page = DocsPage.Write(Operation, ReferenceFacts.Empty, One(Samples), DocsFlavor.Docusaurus);
        Assert.StartsWith("import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n# Add hook secrets\n", page);
        Assert.Contains("<Tabs groupId=\"hooksnippets-target\">\n<TabItem value=\"shell-curl\" label=\"cURL\">\n\n```bash\ncurl --request POST\n```\n\n</TabItem>\n<TabItem value=\"python-requests\"", page);
        Assert.Contains("</TabItem>\n</Tabs>\n", page);
        Assert.Contains("At most \\{20\\} &lt;secrets&gt;.", page);
        Assert.Contains("`POST /hooks/{id}/secrets`", page);
    }

    [Fact]
    public void MintlifyUsesACodeGroupWithTitledFences()
    {
        var page = DocsPage.Write(Operation, ReferenceFacts.Empty, One(Samples), DocsFlavor.Mintlify);
        Assert.Contains("<CodeGroup>\n\n```bash cURL\ncurl --request POST\n```\n\n````python Python (requests)\nprint(\"```\")\n````\n\n</CodeGroup>\n", page);
        Assert.Contains("At most \\{20\\} &lt;secrets&gt;.", page);
    }

    [Theory]
    [InlineData(DocsFlavor.Markdown, "```\n\n> **Swift:** parsed, not run")]
    [InlineData(DocsFlavor.MkDocs, "    ```\n\n> **Swift:** parsed, not run")]
    [InlineData(DocsFlavor.Docusaurus, "</Tabs>\n\n> **Swift:** parsed, not run")]
    [InlineData(DocsFlavor.Mintlify, "</CodeGroup>\n\n> **Swift:** parsed, not run")]
    public void A_target_page_note_follows_the_samples_once_in_every_flavor(DocsFlavor flavor, string expected)
    {
        var swift = TemplatePack.Embedded.Targets.Single(t => t.Id == "swift-urlsession");
        var page = DocsPage.Write(Operation, ReferenceFacts.Empty, One([.. Samples, (swift, "print(1)\n")]), flavor);
        Assert.Contains(expected, page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "parsed, not run"));
        Assert.DoesNotContain("> **cURL:**", page);
    }

    [Fact]
    public void AnOperationWithoutSummaryIsTitledByItsIdAndMarkedDeprecated()
    {
        var bare = new OperationFacts
        {
            Id = "hooks.get",
            IdSegments = ["hooks", "get"],
            Method = "GET",
            PathTemplate = "/hooks/{id}",
            Source = null,
            Summary = null,
            Description = null,
            Scopes = [],
            Deprecated = true,
            Authentication = [],
            Placeholders = [],
        };
        Assert.Equal(
            "# hooks.get\n\n`GET /hooks/{id}` (operation `hooks.get`)\n\n> **Deprecated.**\n\n## Request samples\n",
            DocsPage.Write(bare, ReferenceFacts.Empty, One([]), DocsFlavor.Markdown));
    }

    [Fact]
    public void Authentication_lists_every_alternative_and_each_example_set_gets_its_heading()
    {
        var page = DocsPage.Write(
            new OperationFacts
            {
                Id = Operation.Id,
                IdSegments = Operation.IdSegments,
                Method = Operation.Method,
                PathTemplate = Operation.PathTemplate,
                Summary = Operation.Summary,
                Description = null,
                Scopes = [],
                Deprecated = false,
                Source = null,
                Placeholders = [],
                Authentication =
                [
                    [new AuthFacts("basic", "basic", null, null, null, [])],
                    [new AuthFacts("key", "apiKey", "header", "X-API-Key", null, []), new AuthFacts("sid", "apiKey", "cookie", "sid", null, [])],
                    [],
                ],
            },
            ReferenceFacts.Empty,
            [(new ExampleFacts("general", "General entry", null), Samples), (new ExampleFacts("event_entry", null, "event-entry"), Samples)],
            DocsFlavor.Markdown);

        Assert.Contains("**Authentication:** HTTP basic (username and password); or an API key in the header `X-API-Key` and an API key in the cookie `sid`; or no credentials.\n", page);
        Assert.Contains("## Request samples\n\n### Example: General entry\n\n#### cURL\n", page);
        Assert.Contains("### Example: event_entry\n\n#### cURL\n", page);
    }

    private static TypeText Words(string text) => new([new TypePart(text, false)]);

    private static readonly ReferenceFacts Reference = new(
        [
            new ParameterRow("id", "path", Words("string"), true, "The hook's id.", "HOOK_ID"),
            new ParameterRow("fields", "query", new TypeText([new TypePart("array of ", false), new TypePart("Field", true)]), false, "a|b {x}", null),
        ],
        new BodyFacts("application/json", new TypeText([new TypePart("CreateSecrets", true)]), null, [new FieldRow("owner.id", Words("string"), true, null)]),
        [
            new ResponseFacts("200", "Secrets added.", null, [new ResponseExample("minimal", "The smallest answer", "{\n  \"a\": 1\n}", false)]),
            new ResponseFacts("201", null, Words("object"), [new ResponseExample(null, null, "{}", true)]),
        ],
        [new ErrorRow("404", "HookDoesNotExist", "Hook not found."), new ErrorRow("429", null, "Too many requests.")]);

    [Fact]
    public void A_reference_page_has_the_parameters_the_body_fields_the_responses_and_the_errors_in_order()
    {
        var page = DocsPage.Write(Operation, Reference, One(Samples), DocsFlavor.Markdown);

        Assert.Contains(
            "## Parameters\n\n| Name | In | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- | --- |\n"
            + "| `id` | path | string | yes | The hook's id. | `HOOK_ID` |\n"
            + "| `fields` | query | array of [Field](types.md#field) | no | a\\|b {x} |  |\n\n",
            page);
        Assert.Contains("## Request body\n\n`application/json`: [CreateSecrets](types.md#createsecrets)\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `owner.id` | string | yes |  |\n", page);
        Assert.Contains("## Responses\n\n### 200\n\nSecrets added.\n\nExample: The smallest answer:\n\n```json\n{\n  \"a\": 1\n}\n```\n\n### 201\n\nBody: object.\n\nExample (built from the schema):\n\n```json\n{}\n```\n", page);
        Assert.Contains("## Errors\n\n| Status | Code | Message |\n| --- | --- | --- |\n| 404 | `HookDoesNotExist` | Hook not found. |\n| 429 |  | Too many requests. |\n", page);
        Assert.True(
            page.IndexOf("## Parameters", StringComparison.Ordinal) < page.IndexOf("## Request body", StringComparison.Ordinal)
            && page.IndexOf("## Request body", StringComparison.Ordinal) < page.IndexOf("## Request samples", StringComparison.Ordinal)
            && page.IndexOf("## Request samples", StringComparison.Ordinal) < page.IndexOf("## Responses", StringComparison.Ordinal)
            && page.IndexOf("## Errors", StringComparison.Ordinal) < page.IndexOf("## Placeholders", StringComparison.Ordinal));
    }

    [Fact]
    public void Mdx_pages_escape_braces_in_table_cells_but_keep_type_links()
    {
        var page = DocsPage.Write(Operation, Reference, One(Samples), DocsFlavor.Docusaurus);

        Assert.Contains("| `fields` | query | array of [Field](types.md#field) | no | a\\|b \\{x\\} |  |\n", page);
    }

    [Fact]
    public void Without_errors_codes_the_errors_table_has_no_code_column()
    {
        var page = DocsPage.Write(Operation, Reference with { Errors = [new ErrorRow("400", null, "Bad request.")] }, One(Samples), DocsFlavor.Markdown);

        Assert.Contains("## Errors\n\n| Status | Message |\n| --- | --- |\n| 400 | Bad request. |\n", page);
    }

    private static IReadOnlyList<(ExampleFacts, IReadOnlyList<(SnippetTarget, string)>)> One(IReadOnlyList<(SnippetTarget, string)> samples) =>
        [(new ExampleFacts(null, null, null), samples)];
}
