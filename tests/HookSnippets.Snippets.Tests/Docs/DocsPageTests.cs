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
            DocsPage.Write(Operation, One(Samples), DocsFlavor.Markdown));
    }

    [Fact]
    public void MkDocsUsesContentTabsWithIndentedBlocks()
    {
        var page = DocsPage.Write(Operation, One(Samples), DocsFlavor.MkDocs);
        Assert.Contains("## Request samples\n\n=== \"cURL\"\n\n    ```bash\n    curl --request POST\n    ```\n\n=== \"Python (requests)\"\n\n    ````python\n", page);
    }

    [Fact]
    public void DocusaurusUsesTabsAndEscapesMdxText()
    {
        var page = DocsPage.Write(Operation, One(Samples), DocsFlavor.Docusaurus);
        Assert.StartsWith("import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n# Add hook secrets\n", page);
        Assert.Contains("<Tabs groupId=\"hooksnippets-target\">\n<TabItem value=\"shell-curl\" label=\"cURL\">\n\n```bash\ncurl --request POST\n```\n\n</TabItem>\n<TabItem value=\"python-requests\"", page);
        Assert.Contains("</TabItem>\n</Tabs>\n", page);
        Assert.Contains("At most \\{20\\} &lt;secrets&gt;.", page);
        Assert.Contains("`POST /hooks/{id}/secrets`", page);
    }

    [Fact]
    public void MintlifyUsesACodeGroupWithTitledFences()
    {
        var page = DocsPage.Write(Operation, One(Samples), DocsFlavor.Mintlify);
        Assert.Contains("<CodeGroup>\n\n```bash cURL\ncurl --request POST\n```\n\n````python Python (requests)\nprint(\"```\")\n````\n\n</CodeGroup>\n", page);
        Assert.Contains("At most \\{20\\} &lt;secrets&gt;.", page);
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
            DocsPage.Write(bare, One([]), DocsFlavor.Markdown));
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
            [(new ExampleFacts("general", "General entry", null), Samples), (new ExampleFacts("event_entry", null, "event-entry"), Samples)],
            DocsFlavor.Markdown);

        Assert.Contains("**Authentication:** HTTP basic (username and password); or an API key in the header `X-API-Key` and an API key in the cookie `sid`; or no credentials.\n", page);
        Assert.Contains("## Request samples\n\n### Example: General entry\n\n#### cURL\n", page);
        Assert.Contains("### Example: event_entry\n\n#### cURL\n", page);
    }

    private static IReadOnlyList<(ExampleFacts, IReadOnlyList<(SnippetTarget, string)>)> One(IReadOnlyList<(SnippetTarget, string)> samples) =>
        [(new ExampleFacts(null, null, null), samples)];
}
