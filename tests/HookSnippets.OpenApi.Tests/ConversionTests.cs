using HookSnippets.Description.Diagnostics;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi.Tests;

/// <summary>Small OpenAPI 3.0 (YAML) and 3.1 (JSON) files: ids, parameters, schemas, examples and the report.</summary>
public sealed class ConversionTests
{
    private static readonly Lazy<ImportResult> Petstore = new(() => OpenApiImporter.ImportFile(TestFiles.Fixture("petstore-3.0.yaml"), ImportOptions.All));
    private static readonly Lazy<ImportResult> Types = new(() => OpenApiImporter.ImportFile(TestFiles.Fixture("types-3.1.json"), ImportOptions.All));

    [Fact]
    public void Yaml_3_0_ids_come_from_operation_id_tag_and_method_with_path_and_collisions_get_a_suffix()
    {
        var api = Imported(Petstore.Value);
        Assert.Equal(["pets.list_pets", "pets.create", "pets.get", "pets.get_2", "upload.create"], api.Operations.Select(o => o.Id));
        Assert.Contains(Petstore.Value.Notes, n => n.Location == "DELETE /pets/{petId}" && n.Reason.Contains("'pets.get' is already taken", StringComparison.Ordinal));
    }

    [Fact]
    public void Everything_not_imported_is_reported_with_a_location()
    {
        var notes = Petstore.Value.Notes.Select(n => n.Location + ": " + n.Reason).ToList();
        Assert.Contains("#/paths/~1pets/get/parameters/1: cookie parameter 'session' is not imported (only path, query and header parameters are)", notes);
        Assert.Contains("#/paths/~1pets/get/responses/default: response 'default' is not imported (only 2xx, 4xx and 5xx status codes are)", notes);
        Assert.Contains("#/components/schemas/Pet/properties/kind/not: 'not' cannot be expressed; not imported (values it excludes are accepted)", notes);
        Assert.Contains("#/components/securitySchemes/key: no imported operation uses this security scheme; not imported", notes);
        Assert.Equal(5, Petstore.Value.OperationsInFile);
    }

    [Fact]
    public void Server_variables_token_and_path_parameters_get_placeholders_in_the_docs_style()
    {
        var api = Imported(Petstore.Value);
        Assert.Equal("https://{region}.petstore.example/v1", api.BaseUrl);
        var region = Assert.Single(api.Variables);
        Assert.Equal(("YOUR_REGION", "eu", "Region of the store."), (region.Example, region.Default, region.Description));
        Assert.Equal("SWAGGER_PETSTORE_API_ACCESS_TOKEN", api.FindScheme("auth")!.Example);
        Assert.Equal("SwaggerPetstore", api.Name);
        var petId = api.Operations.Single(o => o.Id == "pets.get").Parameters.Single();
        Assert.Equal("PET_ID", ((JsonString)petId.Example!).Value);
    }

    [Fact]
    public void Required_query_parameters_get_typed_examples_within_bounds()
    {
        var limit = Imported(Petstore.Value).Operations.Single(o => o.Id == "pets.list_pets").Parameters.Single();
        Assert.Equal(("limit", true, "5"), (limit.Name, limit.Required, ((JsonNumber)limit.Example!).Text));
    }

    [Fact]
    public void Body_examples_match_patterns_and_recursive_types_import()
    {
        var api = Imported(Petstore.Value);
        var body = api.Operations.Single(o => o.Id == "pets.create").Body!;
        Assert.True(body.Required);
        Assert.Equal("{\"name\":\"aaa\"}", JsonWriter.Write(body.Example!, indented: false));
        var pet = api.FindType("Pet")!;
        Assert.Equal("#/types/Pet", pet.Properties.Single(p => p.Name == "children").Schema.Items!.Ref);
        Assert.True(pet.Properties.Single(p => p.Name == "tag").Schema.Nullable);
        Assert.Equal("date-time", pet.Properties.Single(p => p.Name == "born").Schema.Format);
    }

    [Fact]
    public void Type_arrays_const_allOf_and_oneOf_import_3_1()
    {
        var api = Imported(Types.Value);
        var node = api.FindType("Node")!;
        var label = node.Properties.Single(p => p.Name == "label").Schema;
        Assert.Equal((SchemaType.String, true), (label.Type, label.Nullable));
        Assert.Equal(SchemaType.Any, node.Properties.Single(p => p.Name == "size").Schema.Type);
        Assert.Equal("on", Assert.IsType<JsonString>(node.Properties.Single(p => p.Name == "flag").Schema.Const).Value);
        Assert.Equal(2, node.Properties.Single(p => p.Name == "meta").Schema.AllOf.Count);
        var either = api.FindType("Either")!;
        Assert.Equal((SchemaType.Any, 0, 0), (either.Type, either.OneOf.Count, either.AnyOf.Count));
        var notes = Types.Value.Notes.Select(n => n.Location + ": " + n.Reason).ToList();
        Assert.Contains("#/components/schemas/Node/properties/size: type [integer, string] has several non-null types, which the subset cannot express; imported as any value", notes);
        Assert.Contains("#/components/schemas/Node/patternProperties: patternProperties cannot be expressed; not imported", notes);
        Assert.Contains("#/components/schemas/Either/oneOf: oneOf branches are not distinguished by JSON type; imported as anyOf (exactly-one is not checked)", notes);
        Assert.Contains("endpoints.json#/types/Either/anyOf: generated clients cannot type this union; imported as any value that accepts every branch", notes);
    }

    [Fact]
    public void An_invalid_file_example_is_replaced_by_a_built_one_and_renamed_path_parameters_are_reported()
    {
        var api = Imported(Types.Value);
        var operation = Assert.Single(api.Operations);
        Assert.Equal(("nodes.replace", "https://{host}/api", "/nodes/{node_id}"), (operation.Id, api.BaseUrl, operation.Path));
        Assert.Equal("10", ((JsonNumber)operation.Parameters.Single().Example!).Text);
        Assert.Equal("{\"label\":\"NODE\",\"flag\":\"on\"}", JsonWriter.Write(operation.Body!.Example!, indented: false));
        Assert.Contains(Types.Value.Notes, n => n.Location == "endpoints.json#/operations/nodes.replace" && n.Reason == "the file's body example does not match its schema (at $: the member 'flag' is required and missing (required)); a built example is used");
        Assert.Contains(Types.Value.Notes, n => n.Reason.Contains("path parameter 'node-id' renamed to 'node_id'", StringComparison.Ordinal));
    }

    [Fact]
    public void Tag_and_path_filters_select_operations_and_an_empty_selection_is_an_error()
    {
        var path = TestFiles.Fixture("petstore-3.0.yaml");
        var byPath = OpenApiImporter.ImportFile(path, new ImportOptions([], ["/pets/"], null));
        Assert.Equal(["pets.get", "pets.get_2"], Imported(byPath).Operations.Select(o => o.Id));
        var byTag = OpenApiImporter.ImportFile(path, new ImportOptions(["pets"], [], "Store"));
        Assert.Equal(("Store", 2), (Imported(byTag).Name, Imported(byTag).Operations.Count));
        var none = OpenApiImporter.ImportFile(path, new ImportOptions(["nothing"], [], null));
        Assert.Equal(DiagnosticIds.NoOperationToImport, Assert.Single(none.Errors).Id);
    }

    [Theory]
    [InlineData("^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$", "a")]
    [InlineData("grp_[1-9a-km-zA-HJ-NP-Z]{14,22}", "grp_11111111111111")]
    [InlineData("^#(([0-9a-fA-F]{3}){1,2}|([0-9a-fA-F]{4}){1,2})$", "#000")]
    [InlineData("^(?!.*\\x00)\\S(.*\\S)?$", "a")]
    [InlineData("^[^<>]+$", "a")]
    [InlineData("^\\+[0-9]{1,15}$", "+0")]
    [InlineData("^(?:us-east-[0-9]{1,2}|eu-west-[0-9]{1,2})$", "us-east-0")]
    public void Pattern_sampler_builds_a_matching_string(string pattern, string expected)
    {
        var sample = PatternSampler.Sample(pattern, 0);
        Assert.Equal(expected, sample);
        Assert.True(Patterns.Matches(Patterns.Compile(pattern, out _)!, sample!));
    }

    [Theory]
    [InlineData("Auth0 Management API", "MGMT_API_ACCESS_TOKEN")]
    [InlineData("Auth0 Authentication API v2", "AUTH_API_ACCESS_TOKEN")]
    [InlineData("Petstore", "PETSTORE_ACCESS_TOKEN")]
    [InlineData("OpenAI API", "OPENAI_API_ACCESS_TOKEN")]
    [InlineData("Tic Tac Toe", "TIC_TAC_TOE_ACCESS_TOKEN")]
    [InlineData("Twilio - Messaging", "TWILIO_MESSAGING_ACCESS_TOKEN")]
    public void Token_placeholder_rule(string title, string expected) => Assert.Equal(expected, Placeholders.Token(title));

    [Theory]
    [InlineData("Auth0 Management API", "Auth0Management")]
    [InlineData("OpenAI API", "OpenAI")]
    [InlineData("Tic Tac Toe", "TicTacToe")]
    [InlineData("Swagger Petstore - OpenAPI 3.0", "SwaggerPetstoreOpenAPI30")]
    [InlineData("1Password Connect", "Api1PasswordConnect")]
    [InlineData("API", "API")]
    [InlineData(null, "Api")]
    public void Client_name_rule(string? title, string expected) => Assert.Equal(expected, ClientName.From(title));

    [Theory]
    [InlineData("/hooks/{id}", "id", "HOOK_ID")]
    [InlineData("/users/{user_id}/roles", "user_id", "USER_ID")]
    [InlineData("/policies/{policyId}", "policyId", "POLICY_ID")]
    [InlineData("/{tenant}", "tenant", "TENANT")]
    public void Path_parameter_placeholder_rule(string path, string parameter, string expected) =>
        Assert.Equal(expected, Placeholders.Join(Placeholders.PathParameterStem(path, parameter), parameter));

    private static ApiDescription Imported(ImportResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.DoesNotContain(DescriptionReader.Read(result.EndpointsJson!, "endpoints.json").Diagnostics, d => d.Severity == Description.Diagnostics.Severity.Error);
        return result.Description!;
    }
}
