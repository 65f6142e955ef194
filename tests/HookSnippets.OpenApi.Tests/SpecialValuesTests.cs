using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// Path keys with a query or a fragment, JSON nulls, and unions with a discriminator: what real specs hold that the
/// description says differently (tests/fixtures/openapi/made).
/// </summary>
public sealed class SpecialValuesTests
{
    [Fact]
    public void A_query_in_a_path_key_is_a_constant_query_parameter_and_a_fragment_is_not_sent()
    {
        var result = OpenApiImporter.ImportFile(TestFiles.OpenApi("made/path-keys.json"), ImportOptions.All);
        var api = Imported(result);

        Assert.Equal(
            [("responses.create_beta_true", "/responses"), ("responses.create", "/responses"), ("files.replace", "/files/{file_id}"), ("files.replace_add_shared_link", "/files/{file_id}")],
            api.Operations.Select(o => (o.Id, o.Path)));
        var beta = api.Operations[0].Parameters.Single();
        Assert.Equal(("beta", ParameterLocation.Query, true, "true", "true"), (beta.Name, beta.In, beta.Required, ((JsonString)beta.Schema.Const!).Value, ((JsonString)beta.Example!).Value));
        Assert.Empty(api.Operations[1].Parameters);
        Assert.Contains(result.Notes, n => n.Location == "PUT /files/{file_id}#add_shared_link" && n.Reason.StartsWith("the fragment '#add_shared_link' of the path is not part of an HTTP request", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_null_stays_null_in_examples_defaults_enums_and_const()
    {
        var result = OpenApiImporter.ImportFile(TestFiles.OpenApi("made/nulls.yaml"), ImportOptions.All);
        var api = Imported(result);

        Assert.DoesNotContain("openapi-json-null-sentinel", result.EndpointsJson, StringComparison.Ordinal);
        var user = api.FindType("NewUser")!;
        var enterprise = user.Properties.Single(p => p.Name == "enterprise").Schema;
        Assert.Equal((true, JsonKind.Null), (enterprise.Nullable, enterprise.Default!.Kind));
        var level = user.Properties.Single(p => p.Name == "level").Schema;
        Assert.Equal((true, "basic admin"), (level.Nullable, string.Join(" ", level.Enum.Select(v => ((JsonString)v).Value))));
        Assert.Equal(JsonKind.Null, user.Properties.Single(p => p.Name == "archived").Schema.Const!.Kind);
        Assert.Equal(JsonKind.Null, api.FindType("StopConfiguration")!.Default!.Kind);
        var create = api.Operations.Single(o => o.Id == "users.create_user").Body!;
        Assert.Equal("{\"name\":\"Ada\",\"enterprise\":null,\"badge\":42}", JsonWriter.Write(create.Example!, indented: false));
        var update = api.Operations.Single(o => o.Id == "users.update_user").Body!;
        Assert.Equal(JsonKind.Null, update.Schema.Properties.Single(p => p.Name == "enterprise").Schema.Example!.Kind);
    }

    [Fact]
    public void A_union_example_is_one_branch_with_its_discriminator_tag()
    {
        var api = Imported(OpenApiImporter.ImportFile(TestFiles.OpenApi("made/discriminated-oneof.json"), ImportOptions.All));

        // A mapping: the branch gets the mapping's key as its tag. Tags fixed by the branches (role: enum [keeper]): theirs.
        Assert.Equal(
            "{\"animal\":{\"kind\":\"lion\",\"meatKilograms\":1},\"portion\":\"small\"}",
            JsonWriter.Write(api.Operations.Single(o => o.Id == "feedings.create_feeding").Body!.Example!, indented: false));
        Assert.Equal(
            "{\"messages\":[{\"role\":\"keeper\",\"content\":\"MESSAGE_CONTENT\"}],\"keeper\":\"Aa\"}",
            JsonWriter.Write(api.Operations.Single(o => o.Id == "messages.send_message").Body!.Example!, indented: false));
    }

    private static ApiDescription Imported(ImportResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Description!;
    }
}
