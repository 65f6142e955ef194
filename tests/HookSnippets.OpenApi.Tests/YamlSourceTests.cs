using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.OpenApi.Sources;

namespace HookSnippets.OpenApi.Tests;

/// <summary>YAML read into the JSON tree every stage uses: values typed as YAML 1.2 says, each node with its position.</summary>
public sealed class YamlSourceTests
{
    [Theory]
    [InlineData("~", "null")]
    [InlineData("null", "null")]
    [InlineData("", "null")]
    [InlineData("True", "true")]
    [InlineData("no", "\"no\"")]
    [InlineData("0042", "42")]
    [InlineData("-0", "-0")]
    [InlineData("+12", "12")]
    [InlineData("0x1F", "31")]
    [InlineData("0o17", "15")]
    [InlineData(".5", "0.5")]
    [InlineData("1.", "1.0")]
    [InlineData("1e3", "1e3")]
    [InlineData("1.0", "1.0")]
    [InlineData(".inf", "\".inf\"")]
    [InlineData("'0042'", "\"0042\"")]
    [InlineData("\"null\"", "\"null\"")]
    [InlineData("!!str 12", "\"12\"")]
    [InlineData("1.0.3", "\"1.0.3\"")]
    public void Scalars_are_typed_by_the_yaml_1_2_core_schema_and_written_as_valid_json(string yaml, string json)
    {
        var read = Read("value: " + yaml + "\n");

        Assert.Equal("{\"value\":" + json + "}", JsonWriter.Write(read.File!.Root, indented: false));
    }

    [Fact]
    public void Nodes_keep_their_lines_and_columns()
    {
        var root = (JsonObject)Read("openapi: 3.1.0\npaths:\n  /pets:\n    get:\n      summary: List\n").File!.Root;

        var summary = ((JsonObject)((JsonObject)((JsonObject)root["paths"]!)["/pets"]!)["get"]!).Find("summary")!;
        Assert.Equal((4, 6, 4, 15), (summary.NameSpan.StartLine, summary.NameSpan.StartColumn, summary.Value.Span.StartLine, summary.Value.Span.StartColumn));
    }

    [Fact]
    public void Anchors_aliases_and_merge_keys_are_resolved_and_explicit_keys_win()
    {
        var root = Read("base: &base {a: 1, b: 2}\nuse: *base\nmerged:\n  <<: *base\n  b: 3\n").File!.Root;

        Assert.Equal("{\"base\":{\"a\":1,\"b\":2},\"use\":{\"a\":1,\"b\":2},\"merged\":{\"b\":3,\"a\":1}}", JsonWriter.Write(root, indented: false));
    }

    [Fact]
    public void A_duplicate_key_keeps_the_last_value_and_is_reported_where_it_stands()
    {
        var read = Read("info:\n  title: A\n  title: B\n");

        Assert.Equal("{\"info\":{\"title\":\"B\"}}", JsonWriter.Write(read.File!.Root, indented: false));
        var duplicate = Assert.Single(read.Duplicates);
        Assert.Equal(("title", "#/info/title", 2, 2), (duplicate.Name, duplicate.Pointer, duplicate.Span.StartLine, duplicate.Span.StartColumn));
    }

    [Theory]
    [InlineData("a:\n\t- b\n", 2, 1, "tab characters are not allowed for indentation in YAML; indent with spaces")]
    [InlineData("a: [1, 2\n", 2, 1, "a flow sequence '[' is not closed: expected ',' or ']'")]
    [InlineData("a: \"open\n", 1, 4, "a quoted string is not closed: the file ends before its closing quote")]
    [InlineData("a: 1\n---\nb: 2\n", 2, 1, "the file holds a second YAML document ('---'); an OpenAPI file is one document")]
    [InlineData("a: *nowhere\n", 1, 4, "the alias '*nowhere' names no anchor defined before it")]
    [InlineData("", 1, 1, "the file is empty")]
    public void Errors_are_located_and_in_plain_words(string yaml, int line, int column, string message)
    {
        var error = Read(yaml).Error!;

        Assert.Equal((DiagnosticIds.OpenApiSyntax, line, column, "Not valid YAML: " + message + "."), (error.Id, error.Span.StartLine + 1, error.Span.StartColumn + 1, error.Message));
        Assert.Equal("openapi.yaml", error.FilePath);
    }

    private static SourceReadResult Read(string yaml) => YamlSource.Read(yaml, "/specs/openapi.yaml", "openapi.yaml");
}
