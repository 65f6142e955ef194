using HookSnippets.Description.CSharp;
using HookSnippets.Generator.Emitter;
using static HookSnippets.Generator.Tests.Emitter.Schemas;

namespace HookSnippets.Generator.Tests.Emitter;

/// <summary>The csharp-client sample's call statements: exact text, and they compile against the generated client.</summary>
public sealed class CSharpExampleWriterTests
{
    private static readonly ClientSpec Spec = ClientSpecBuilder.Build(HooksDescription.Create(), "endpoints.json", "Contoso.Auth0", "Auth0ManagementClient").Spec;

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
        Assert.Equal("var hook = await api.Hooks.GetAsync(\"HOOK_ID\");", CSharpExampleWriter.Call(Spec, CSharpExampleWriter.FindOperation(Spec, "hooks.get")!, "api", "hook"));
    }

    [Fact]
    public void ClientConstructionNames()
    {
        var sample = CSharpExampleWriter.Client(Spec);

        Assert.Equal(("Auth0ManagementClient", "Auth0ManagementClientOptions", "BaseUrl", "AccessToken", "MGMT_API_ACCESS_TOKEN"), (sample.ClientName, sample.OptionsName, sample.BaseUrlProperty, sample.AccessTokenProperty, sample.AccessTokenExample));
        Assert.Equal([("Domain", "YOUR_DOMAIN")], sample.Variables.Select(v => (v.PropertyName, v.Example)));
        Assert.Equal(["Contoso.Auth0", "System.Collections.Generic"], sample.Usings);
    }

    [Fact]
    public void UntypedValuesAreParsedJsonAndNeedSystemTextJson()
    {
        var spec = ClientSpecBuilder.Build(
            Api([Operation("things.put", "PUT", "/things", body: Body("value", Schema(), Obj(("a", Arr(Num("1"), Str("x\"y"))))))]),
            "endpoints.json",
            "Contoso.Api",
            "TestClient").Spec;

        Assert.Equal("await client.Things.PutAsync(JsonDocument.Parse(\"{\\\"a\\\":[1,\\\"x\\\\\\\"y\\\"]}\").RootElement);", CSharpExampleWriter.Call(spec, spec.Groups[1].Operations[0]));
        Assert.Contains("System.Text.Json", CSharpExampleWriter.Client(spec).Usings);

        static HookSnippets.Description.Model.Schema Schema() => HookSnippets.Description.Model.Schema.Create(HookSnippets.Description.Model.SchemaType.Any);
    }

    [Fact]
    public void EveryCallCompilesAgainstTheGeneratedClient() => AssertCallsCompile(Spec);

    /// <summary>Puts every operation's call into one method of a consumer program and compiles it with the client.</summary>
    internal static void AssertCallsCompile(ClientSpec spec)
    {
        var sample = CSharpExampleWriter.Client(spec);
        var program = new System.Text.StringBuilder();
        foreach (var name in sample.Usings)
        {
            program.Append("using ").Append(name).Append(";\n");
        }

        program.Append("internal static class Sample\n{\n    internal static async System.Threading.Tasks.Task RunAsync(System.Net.Http.HttpClient http)\n    {\n");
        program.Append("        var client = new ").Append(sample.ClientName).Append("(http, new ").Append(sample.OptionsName).Append(" { ")
            .Append(string.Join(", ", sample.Variables.Select(v => v.PropertyName + " = \"" + v.Example + "\"")))
            .Append(", ").Append(sample.AccessTokenProperty).Append(" = \"").Append(sample.AccessTokenExample).Append("\" });\n");
        var index = 0;
        foreach (var operation in spec.Groups.SelectMany(g => g.Operations))
        {
            program.Append("        {\n").Append(CSharpExampleWriter.Call(spec, operation, "client", "result" + index++)).Append("\n        }\n");
        }

        program.Append("    }\n}\n");
        var sources = ClientEmitter.Emit(spec).Concat(ClientEmitter.EmitShared(spec.Namespace));
        EmittedCompilation.AssertClean(EmittedCompilation.Compile(sources, true, program.ToString()));
    }

    private static string Call(string operationId) => CSharpExampleWriter.Call(Spec, CSharpExampleWriter.FindOperation(Spec, operationId)!);
}
