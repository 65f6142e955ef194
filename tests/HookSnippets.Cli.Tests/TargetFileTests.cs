using System.Text.Json;
using System.Text.Json.Nodes;
using HookSnippets.Snippets.Targets;
using Json.Schema;

namespace HookSnippets.Cli.Tests;

/// <summary>
/// target.json as TargetFileReader reads it and as templates/target.schema.json describes it: both accept every
/// shipped file and refuse the same broken ones, and the reader names the token at fault.
/// </summary>
public sealed class TargetFileTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryRoot.File("templates", "target.schema.json"))));

    public static TheoryData<string> ShippedFiles() =>
        [.. Directory.GetFiles(RepositoryRoot.File("templates"), "target.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(RepositoryRoot.File("templates"), file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void EveryShippedTargetJsonIsValidForTheSchemaAndTheReader(string file)
    {
        var text = File.ReadAllText(RepositoryRoot.File("templates", file));
        var parts = file.Split('/');

        var (target, diagnostics) = TargetFileReader.Read(text, file, parts[0], parts[1]);

        Assert.Empty(diagnostics);
        Assert.Equal(parts[0] + "-" + parts[1], target!.Id);
        Assert.True(Validates(text), file);
        Assert.StartsWith("{\n  \"$schema\": \"../../target.schema.json\",\n", text, StringComparison.Ordinal);
    }

    /// <summary>Each change breaks one rule of the schema: the reader refuses it too.</summary>
    [Theory]
    [InlineData("remove id")]
    [InlineData("remove displayName")]
    [InlineData("remove order")]
    [InlineData("remove extension")]
    [InlineData("remove fence")]
    [InlineData("remove codeSamplesLang")]
    [InlineData("remove runner")]
    [InlineData("remove keepsHeaderNameCase")]
    [InlineData("remove installHint")]
    [InlineData("remove toolchain")]
    [InlineData("remove toolchain.debian")]
    [InlineData("remove toolchain.npm")]
    [InlineData("remove toolchain.nuget")]
    [InlineData("remove toolchain.versionCommand")]
    [InlineData("set label \"Node\"")]
    [InlineData("set toolchain.apt []")]
    [InlineData("set id \"Node-axios\"")]
    [InlineData("set id 7")]
    [InlineData("set displayName \"\"")]
    [InlineData("set order -1")]
    [InlineData("set order 2.5")]
    [InlineData("set order \"10\"")]
    [InlineData("set extension \".mjs\"")]
    [InlineData("set fence \"java script\"")]
    [InlineData("set codeSamplesLang \"Javascript\"")]
    [InlineData("set codeSamplesLang null")]
    [InlineData("set runner \"Node\"")]
    [InlineData("set keepsHeaderNameCase \"yes\"")]
    [InlineData("set installHint \"\"")]
    [InlineData("set pageNote \"\"")]
    [InlineData("set pageNote \"two\\nlines\"")]
    [InlineData("set pageNote 3")]
    [InlineData("set toolchain []")]
    [InlineData("set toolchain.debian [\"nodejs\", \"nodejs\"]")]
    [InlineData("set toolchain.debian [\"Node JS\"]")]
    [InlineData("set toolchain.debian [\"nodejs=\"]")]
    [InlineData("set toolchain.debian [\"nodejs=latest\"]")]
    [InlineData("set toolchain.debian [\"nodejs=18.19.0 curl\"]")]
    [InlineData("set toolchain.npm [{\"name\": \"axios\"}]")]
    [InlineData("set toolchain.npm [{\"name\": \"Axios Client\", \"version\": \"1\"}]")]
    [InlineData("set toolchain.npm [{\"name\": \"axios\", \"version\": \"1\", \"dev\": true}]")]
    [InlineData("set toolchain.nuget [{\"id\": \"RestSharp\"}]")]
    [InlineData("set toolchain.nuget [\"RestSharp\"]")]
    [InlineData("set toolchain.versionCommand []")]
    [InlineData("set toolchain.versionCommand [\"node\", 18]")]
    public void TheReaderRefusesWhatTheSchemaRefuses(string change)
    {
        var text = Change(File.ReadAllText(RepositoryRoot.File("templates", "node", "axios", "target.json")), change);

        var (target, diagnostics) = TargetFileReader.Read(text, "target.json", "node", "axios");

        Assert.False(Validates(text), $"the schema accepts: {change}");
        Assert.Null(target);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("error", d.ToString().Split(' ')[1]));
    }

    [Fact]
    public void ErrorsNameTheTokenAtFault()
    {
        var text = """
            {
              "id": "node-got",
              "displayName": "Node.js (got)",
              "order": 75,
              "extension": "mjs",
              "fence": "javascript",
              "codeSamplesLang": "Javascript",
              "runner": "node",
              "keepsHeaderNameCase": true,
              "instalHint": "npm install got",
              "toolchain": { "debian": ["nodejs"], "npm": [{ "name": "got" }], "nuget": [], "versionCommand": ["node", "--version"] }
            }
            """;

        var (target, diagnostics) = TargetFileReader.Read(text, "templates/node/axios/target.json", "node", "axios");

        Assert.Null(target);
        Assert.Equal(
            [
                "templates/node/axios/target.json(10,3): error HS3004: target.json has no member 'instalHint'; its members are $schema, id, displayName, order, extension, fence, codeSamplesLang, runner, keepsHeaderNameCase, installHint, toolchain, browserOwnedHeaders, pageNote",
                "templates/node/axios/target.json(2,9): error HS3004: the id 'node-got' differs from its folders: templates/node/axios/ holds the target 'node-axios'",
                "templates/node/axios/target.json(7,22): error HS3004: 'Javascript' is not a lang Redoc lists for x-codeSamples; use one of " + string.Join(", ", TargetFileReader.CodeSamplesLanguages),
                "templates/node/axios/target.json(1,1): error HS3004: the member 'installHint' is missing",
                "templates/node/axios/target.json(11,48): error HS3004: the member 'version' is missing",
            ],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void TheSchemaListsTheLangsTheReaderAccepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("templates", "target.schema.json")));
        var listed = schema.RootElement.GetProperty("properties").GetProperty("codeSamplesLang").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(TargetFileReader.CodeSamplesLanguages, listed);
    }

    private static bool Validates(string text)
    {
        using var document = JsonDocument.Parse(text);
        return Schema.Value.Evaluate(document.RootElement).IsValid;
    }

    /// <summary><c>remove a.b</c> or <c>set a.b JSON</c> applied to a target.json.</summary>
    private static string Change(string text, string change)
    {
        var root = JsonNode.Parse(text)!.AsObject();
        var words = change.Split(' ', 3);
        var path = words[1].Split('.');
        var owner = path[..^1].Aggregate(root, (node, name) => node[name]!.AsObject());
        if (words[0] == "remove")
        {
            Assert.True(owner.Remove(path[^1]), change);
        }
        else
        {
            owner[path[^1]] = JsonNode.Parse(words[2]);
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
