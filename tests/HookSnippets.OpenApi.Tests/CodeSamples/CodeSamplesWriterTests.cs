using System.Text.Json.Nodes;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.OpenApi.CodeSamples;

namespace HookSnippets.OpenApi.Tests.CodeSamples;

public sealed class CodeSamplesWriterTests
{
    private static readonly (string Lang, string Label)[] Ours = [("Shell", "cURL"), ("Python", "Python (requests)"), ("C#", "C# (HttpClient)")];

    private const string PrettyJson = """
        {
          "openapi": "3.1.0",
          "info": { "title": "Pets", "version": "1.2" },
          "paths": {
            "/pets": {
              "get": {
                "operationId": "listPets",
                "responses": { "200": { "description": "ok" } }
              },
              "post": {
                "operationId": "createPet",
                "x-code-samples": [
                  { "lang": "Go", "label": "Go SDK", "source": "pets.Create()" },
                  {"lang": "Shell", "label": "cURL", "source": "old"}
                ],
                "responses": { "201": { "description": "created", "nullable": true } }
              }
            },
            "/pets/{id}": {
              "delete": {
                "responses": { "204": { "description": "gone" } },
                "required": false
              }
            }
          }
        }

        """;

    private const string BlockYaml = """
        # The team's file: comments, quoting and order must survive.
        swagger: '2.0'
        info: {title: Pets, version: "1.2"}
        paths:
          /pets:
            get:
              operationId: listPets   # trailing comment
              description: |
                Lists pets.

              responses:
                '200': {description: ok}

            # the next operation
            post:
              operationId: createPet
              x-codeSamples:
                - lang: Go
                  label: Go SDK
                  source: |
                    pets.Create()
                - lang: Shell
                  label: cURL
                  source: old
              responses:
                '201':
                  description: created
          /pets/{id}:
            delete: {responses: {'204': {description: gone}}, x-codeSamples: [{lang: Go, label: Go SDK, source: "x"}]}
        """;

    [Fact]
    public void Json_gets_our_entries_after_the_teams_and_nothing_else_changes()
    {
        var result = Write(PrettyJson, "pets.json", Everywhere());

        Assert.Empty(result.Diagnostics);
        var written = OpenApiTrees.Parse(result.Document!, "pets.json");
        var source = OpenApiTrees.Parse(PrettyJson, "pets.json");
        Assert.True(JsonNode.DeepEquals(OpenApiSamples.WithoutOurs(source, Ours), OpenApiSamples.WithoutOurs(written, Ours)));

        var post = written["paths"]!["/pets"]!["post"]!.AsObject();
        Assert.False(post.ContainsKey("x-codeSamples"), "the x-code-samples spelling is kept");
        Assert.Equal(["Go SDK", "cURL", "Python (requests)"], post["x-code-samples"]!.AsArray().Select(e => e!["label"]!.GetValue<string>()));
        Assert.Equal("curl 'https://api.test/pets' -d '{}'\n", post["x-code-samples"]![1]!["source"]!.GetValue<string>());
        Assert.Contains("""{ "lang": "Go", "label": "Go SDK", "source": "pets.Create()" }""", result.Document, StringComparison.Ordinal);

        // Inserted members follow the operation's own layout: its indentation and "key": spacing.
        Assert.Contains(
            string.Join("\n",
                """        "responses": { "200": { "description": "ok" } },""",
                """        "x-codeSamples": [""",
                """          {""",
                """            "lang": "Shell",""",
                """            "label": "cURL",""",
                "            \"source\": \"curl 'https://api.test/pets' -d '{}'\\n\"",
                """          },"""),
            result.Document,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_on_the_written_file_gives_the_same_bytes()
    {
        foreach (var (text, name) in new[] { (PrettyJson, "pets.json"), (BlockYaml, "pets.yaml"), (Minified, "min.json") })
        {
            var first = Write(text, name, Everywhere()).Document!;
            Assert.Equal(first, Write(first, name, Everywhere()).Document);
        }
    }

    private const string Minified = """{"openapi":"3.0.3","info":{"title":"Pets","version":"1"},"paths":{"/pets":{"get":{"operationId":"listPets","responses":{"200":{"description":"ok"}}}}}}""";

    [Fact]
    public void A_minified_file_stays_on_one_line()
    {
        var result = Write(Minified, "min.json", [Operation("listPets", "GET", "/pets")]);

        Assert.DoesNotContain('\n', result.Document!);
        Assert.StartsWith(Minified[..^4] + ",\"x-codeSamples\":[{\"lang\":\"Shell\",\"label\":\"cURL\",\"source\":", result.Document, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_CRLF_line_ends_gets_CRLF_lines_and_keeps_its_byte_order_mark()
    {
        var text = "\uFEFF" + PrettyJson.Replace("\n", "\r\n", StringComparison.Ordinal);

        var document = Write(text, "pets.json", Everywhere()).Document!;

        Assert.StartsWith("\uFEFF{\r\n", document, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", document.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_keeps_comments_quoting_and_order_and_writes_sources_as_literal_blocks()
    {
        var result = Write(BlockYaml, "pets.yaml", Everywhere());

        Assert.Empty(result.Diagnostics);
        var document = result.Document!;
        // Every line stays but our old entry's three and the flow-style operation's one, which gets the list written anew.
        string[] replaced = ["- lang: Shell", "label: cURL", "source: old", "delete: {"];
        foreach (var line in BlockYaml.Split('\n').Where(l => !replaced.Any(r => l.Contains(r, StringComparison.Ordinal))))
        {
            Assert.Contains(line, document, StringComparison.Ordinal);
        }

        Assert.Contains("""
                  responses:
                    '200': {description: ok}
                  x-codeSamples:
                    - lang: Shell
                      label: cURL
                      source: |
                        curl 'https://api.test/pets' -d '{}'
                    - lang: Python
                      label: Python (requests)
                      source: |
                        import requests

                        print(requests.get("https://api.test/pets?q=a#b").text)

            """, document, StringComparison.Ordinal);
        var written = OpenApiTrees.Parse(document, "pets.yaml");
        Assert.True(JsonNode.DeepEquals(OpenApiSamples.WithoutOurs(OpenApiTrees.Parse(BlockYaml, "pets.yaml"), Ours), OpenApiSamples.WithoutOurs(written, Ours)));
        var samples = OpenApiSamples.Samples(written);
        Assert.Equal(["Go SDK", "cURL", "Python (requests)"], samples["POST /pets"].Select(e => e!["label"]!.GetValue<string>()));
        Assert.Equal(["Go SDK", "cURL", "Python (requests)"], samples["DELETE /pets/{id}"].Select(e => e!["label"]!.GetValue<string>()));
        Assert.All(samples.Values.SelectMany(s => s).Where(e => e!["label"]!.GetValue<string>() != "Go SDK"), e => Assert.Equal(
            Sample(e!["lang"]!.GetValue<string>()).Source, e["source"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Any_source_text_comes_back_exactly(string format)
    {
        string[] texts =
        [
            "print('tab\there')\n", "  starts with spaces\n", "\tstarts with a tab\n", "no final newline", "two final newlines\n\n",
            "\n", string.Empty, "key: value # not a comment\n- item\n", "é ü 中文 😀 \u2028 \u2029 \u0085 \u00A0 \uFEFF\n", "cr\r\nlf\n",
            "\"quotes\" and \\backslashes\\ and 'single'\n", "trailing spaces   \n   \n", "\u0001\u001f\u007f\n", "--- not a document\n... end\n",
        ];
        var text = format == "json" ? PrettyJson : BlockYaml;
        var operations = texts.Select((t, i) => new OperationSamples("pets.list", "GET", "/pets", null, [new CodeSample("Shell", "cURL " + i, t)])).ToList();
        var ours = texts.Select((_, i) => ("Shell", "cURL " + i)).ToArray();

        var result = CodeSamplesWriter.Write(text, "pets." + format, "endpoints.json", operations, ours);

        var written = OpenApiSamples.Samples(OpenApiTrees.Parse(result.Document!, "pets." + format))["GET /pets"];
        Assert.Equal(texts, written.Select(e => e!["source"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("pets.json")]
    [InlineData("pets.yaml")]
    public void The_overlay_applied_once_or_twice_gives_the_written_document(string name)
    {
        var text = name.EndsWith(".json", StringComparison.Ordinal) ? PrettyJson : BlockYaml;
        var result = Write(text, name, Everywhere());
        var overlay = JsonNode.Parse(result.Overlay!)!;
        var source = OpenApiTrees.Parse(text, name);
        var written = OpenApiTrees.Parse(result.Document!, name);

        var once = OverlayApplier.Apply(source, overlay);
        Assert.True(JsonNode.DeepEquals(written, once), once.ToJsonString());
        Assert.True(JsonNode.DeepEquals(written, OverlayApplier.Apply(once, overlay)));
        Assert.True(JsonNode.DeepEquals(written, OverlayApplier.Apply(written, overlay)));
        Assert.Equal(3 * 2, overlay["actions"]!.AsArray().Count);
        var key = name.EndsWith(".json", StringComparison.Ordinal) ? "x-code-samples" : "x-codeSamples";
        Assert.Equal($"$.paths['/pets']['post']['{key}'][?(@.lang == 'Shell' && @.label == 'cURL' || @.lang == 'Python' && @.label == 'Python (requests)' || @.lang == 'C#' && @.label == 'C# (HttpClient)')]", overlay["actions"]![2]!["target"]!.GetValue<string>());
    }

    [Fact]
    public void An_operation_is_found_by_operationId_before_method_and_path()
    {
        var moved = new OperationSource("createPet", "GET", "/renamed", default);
        var result = CodeSamplesWriter.Write(PrettyJson, "pets.json", "endpoints.json", [new OperationSamples("pets.create", "PUT", "/nowhere", moved, [Sample("Shell")])], Ours);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, OpenApiSamples.Samples(OpenApiTrees.Parse(result.Document!, "pets.json"))["POST /pets"].Count);
    }

    [Fact]
    public void An_operation_whose_source_is_not_in_the_file_is_an_error_at_its_source()
    {
        var span = new Description.Text.SourceSpan(120, 60, 7, 16, 7, 76);
        var missing = new OperationSource("gone", "GET", "/gone", span);

        var result = CodeSamplesWriter.Write(PrettyJson, "pets.json", "endpoints.json", [new OperationSamples("pets.gone", "GET", "/gone", missing, [Sample("Shell")])], Ours);

        Assert.Null(result.Document);
        Assert.Equal(
            "endpoints.json(8,17): error HS3006: operation 'pets.gone' is not in pets.json: no operation has the operationId 'gone', and there is no GET '/gone'",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void An_operation_written_by_hand_that_is_not_in_the_file_is_a_warning_and_the_others_are_written()
    {
        var result = CodeSamplesWriter.Write(PrettyJson, "pets.json", "endpoints.json", [Operation("pets.list", "GET", "/pets"), Operation("pets.feed", "POST", "/feed")], Ours);

        var warning = Assert.Single(result.Diagnostics);
        var samples = OpenApiSamples.Samples(OpenApiTrees.Parse(result.Document!, "pets.json"));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(DiagnosticIds.OperationNotInOpenApi, warning.Id);
        Assert.Contains("'pets.feed' has no source and pets.json has no POST '/feed'", warning.Message, StringComparison.Ordinal);
        Assert.Equal(2, samples["GET /pets"].Count);
        Assert.Equal(["Go SDK", "cURL"], samples["POST /pets"].Select(e => e!["label"]!.GetValue<string>()));
    }

    [Fact]
    public void Samples_that_are_not_a_list_are_an_error_located_in_the_OpenAPI_file()
    {
        var text = "openapi: 3.0.0\npaths:\n  /pets:\n    get:\n      x-codeSamples: nope\n      responses: {}\n";

        var result = CodeSamplesWriter.Write(text, "pets.yaml", "endpoints.json", [Operation("pets.list", "GET", "/pets")], Ours);

        Assert.Null(result.Document);
        Assert.Equal(
            "pets.yaml(5,22): error HS3007: 'x-codeSamples' of GET /pets is not a list of samples; make it a list (or remove it) so that samples can be added",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void A_file_that_does_not_parse_is_an_error_located_in_it()
    {
        var result = CodeSamplesWriter.Write("{\n  \"paths\": [\n", "pets.json", "endpoints.json", [Operation("pets.list", "GET", "/pets")], Ours);

        Assert.Null(result.Document);
        Assert.StartsWith("pets.json(3,1): error HS6001: Not valid JSON", Assert.Single(result.Diagnostics).ToString(), StringComparison.Ordinal);
    }

    private static CodeSamplesResult Write(string text, string name, IReadOnlyList<OperationSamples> operations) =>
        CodeSamplesWriter.Write(text, name, "endpoints.json", operations, Ours);

    private static List<OperationSamples> Everywhere() =>
    [
        Operation("pets.list", "GET", "/pets"),
        Operation("pets.create", "POST", "/pets"),
        Operation("pets.delete", "DELETE", "/pets/{id}"),
    ];

    private static OperationSamples Operation(string id, string method, string path) =>
        new(id, method, path, null, [Sample("Shell"), Sample("Python")]);

    private static CodeSample Sample(string lang) => lang == "Shell"
        ? new CodeSample("Shell", "cURL", "curl 'https://api.test/pets' -d '{}'\n")
        : new CodeSample("Python", "Python (requests)", "import requests\n\nprint(requests.get(\"https://api.test/pets?q=a#b\").text)\n");
}
