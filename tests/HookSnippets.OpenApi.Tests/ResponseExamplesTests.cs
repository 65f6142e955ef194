using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Validation;

namespace HookSnippets.OpenApi.Tests;

/// <summary>The response examples reference pages show when a description gives none: valid, and with every member.</summary>
public sealed class ResponseExamplesTests
{
    [Fact]
    public void The_shipped_hooks_list_answer_is_an_array_of_hooks_with_every_member()
    {
        var api = Read(Path.Combine(TestFiles.RepositoryRoot, "endpoints.json"));
        var schema = api.Operations.Single(o => o.Id == "hooks.list").Responses.Single().Schema!;

        var example = ResponseExamples.For(api)(schema);

        var hooks = Assert.IsType<JsonArray>(example);
        var hook = Assert.IsType<JsonObject>(Assert.Single(hooks.Items));
        Assert.Equal(["id", "name", "script", "triggerId", "enabled", "dependencies"], hook.Members.Select(m => m.Name));
        Assert.Equal("credentials-exchange", Assert.IsType<JsonString>(hook["triggerId"]).Value);
    }

    /// <summary>Over the whole Management API: every example built is valid for its schema, and almost every schema gets one.</summary>
    [Fact]
    public void Every_built_example_of_the_management_api_is_valid_for_its_schema()
    {
        var imported = OpenApiImporter.ImportFile(TestFiles.ManagementOpenApi, ImportOptions.All);
        var api = imported.Description!;
        var build = ResponseExamples.For(api);
        var validator = new SchemaValidator(api);
        var schemas = api.Operations.SelectMany(o => o.Responses).Select(r => r.Schema).OfType<Schema>().ToArray();

        var examples = schemas.Select(s => (Schema: s, Example: build(s))).ToArray();

        Assert.All(examples.Where(e => e.Example is not null), e => Assert.Null(validator.Validate(e.Example!, e.Schema)));
        var built = examples.Count(e => e.Example is not null);
        Assert.True(built >= schemas.Length * 9 / 10, $"{built} of {schemas.Length} response schemas got an example");
    }

    private static ApiDescription Read(string path)
    {
        var result = DescriptionReader.Read(File.ReadAllText(path), path);
        Assert.False(result.HasErrors);
        return result.Description!;
    }
}
