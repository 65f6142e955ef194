using HookSnippets.ClientShape;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.CSharpClient;
using HookSnippets.Tests.Shared;
using static HookSnippets.Tests.Shared.Schemas;

namespace HookSnippets.Snippets.Tests.CSharpClient;

/// <summary>The csharp-client sample's call statements, as exact text (GeneratedClientCallTests compiles them).</summary>
public sealed class CSharpExampleWriterTests
{
    private static readonly ApiDescription Hooks = HooksDescription.Create();

    private static readonly CSharpClientShape Shape = ClientShapeBuilder.Build(Hooks, "endpoints.json", "Contoso.Auth0", "Auth0ManagementClient").Shape;

    [Fact]
    public void SecretsCreateIsADictionaryInitializer() =>
        Assert.Equal(
            "await client.Hooks.Secrets.CreateAsync(\"HOOK_ID\", new Dictionary<string, string>\n{\n    [\"HOOK_SECRET_KEY\"] = \"HOOK_SECRET_VALUE\",\n});",
            Call("hooks.secrets.create"));

    [Fact]
    public void CreateHookIsARecordInitializerWithEnumMember() =>
        Assert.Equal(
            """
            var result = await client.Hooks.CreateAsync(new CreateHookRequest
            {
                Name = "my-hook",
                Script = "module.exports = function(user, context, cb) {\n  cb(null, { user });\n};",
                TriggerId = HookTriggerId.PreUserRegistration,
                Enabled = false,
                Dependencies = new Dictionary<string, string>
                {
                    ["auth0"] = "2.30.0",
                },
            });
            """.ReplaceLineEndings("\n"),
            Call("hooks.create"));

    [Fact]
    public void QueryExamplesAreNamedArguments() =>
        Assert.Equal("var result = await client.Hooks.ListAsync(page: 0, perPage: 50, includeTotals: true);", Call("hooks.list"));

    [Fact]
    public void ArrayBodyAndPathOnlyCalls()
    {
        Assert.Equal("await client.Hooks.Secrets.DeleteAsync(\"HOOK_ID\", new string[] { \"HOOK_SECRET_KEY\" });", Call("hooks.secrets.delete"));
        Assert.Equal("await client.Hooks.DeleteAsync(\"HOOK_ID\");", Call("hooks.delete"));
        Assert.Equal("var hook = await api.Hooks.GetAsync(\"HOOK_ID\");", CSharpExampleWriter.Call(Shape, CSharpExampleWriter.FindOperation(Shape, "hooks.get")!, Described(Hooks, "hooks.get"), "api", "hook"));
    }

    [Fact]
    public void ClientConstructionNames()
    {
        var sample = CSharpClientSample.For(Shape, Hooks, Described(Hooks, "hooks.get")).Sample!;

        Assert.Equal(("Auth0ManagementClient", "Auth0ManagementClientOptions", "BaseUrl"), (sample.ClientName, sample.OptionsName, sample.BaseUrlProperty));
        Assert.Equal([new CredentialOption("AccessToken", "MGMT_API_ACCESS_TOKEN")], sample.Credentials);
        Assert.Equal([("Domain", "YOUR_DOMAIN")], sample.Variables.Select(v => (v.PropertyName, v.Example)));
        Assert.Equal(["Contoso.Auth0", "System.Collections.Generic"], sample.Usings);
    }

    [Fact]
    public void UntypedValuesAreTheirPrettyJsonInARawStringLiteralAndNeedSystemTextJson()
    {
        var api = Api([Operation("things.put", "PUT", "/things", body: Body("value", Schema(), Obj(("a", Arr(Num("1"), Str("x\"y"))))))]);
        var shape = ClientShapeBuilder.Build(api, "endpoints.json", "Contoso.Api", "TestClient").Shape;

        Assert.Equal(
            "await client.Things.PutAsync(JsonDocument.Parse(\"\"\"\n    {\n      \"a\": [\n        1,\n        \"x\\\"y\"\n      ]\n    }\n    \"\"\").RootElement);",
            CSharpExampleWriter.Call(shape, shape.Groups[1].Operations[0], api.Operations[0]));
        Assert.Contains("System.Text.Json", CSharpExampleWriter.Usings(shape));

        static Schema Schema() => Description.Model.Schema.Create(SchemaType.Any);
    }

    /// <summary>A multipart JSON part reads as an untyped JSON body does: its pretty JSON in a raw string literal.</summary>
    [Fact]
    public void AMultipartJsonPartIsItsPrettyJsonInARawStringLiteral()
    {
        var schema = Object(("title", String()), ("meta", Description.Model.Schema.Create(SchemaType.Any)));
        var example = Obj(("title", Str("x")), ("meta", Obj(("a", Arr(Num("1"), Str("x\"y"))))));
        var api = Api([Operation("things.upload", "POST", "/things", body: Body("upload", schema, example, "multipart/form-data"))]);
        var shape = ClientShapeBuilder.Build(api, "endpoints.json", "Contoso.Api", "TestClient").Shape;

        Assert.Equal(
            "await client.Things.UploadAsync(new MultipartFormData\n{\n    { \"title\", \"x\" },\n    { \"meta\", JsonDocument.Parse(\"\"\"\n        {\n          \"a\": [\n            1,\n            \"x\\\"y\"\n          ]\n        }\n        \"\"\").RootElement },\n});",
            CSharpExampleWriter.Call(shape, shape.Groups[1].Operations[0], api.Operations[0]));
    }

    private static string Call(string operationId) => CSharpExampleWriter.Call(Shape, CSharpExampleWriter.FindOperation(Shape, operationId)!, Described(Hooks, operationId));

    private static Operation Described(ApiDescription api, string operationId) => api.Operations.Single(o => o.Id == operationId);
}
