using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Docs;
using HookSnippets.Snippets.Output;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Snippets.Tests.Output;

public sealed class SnippetSetRendererTests
{
    private static RenderResult Render(RenderOptions options, TemplatePack? pack = null, ApiDescription? api = null) =>
        SnippetSetRenderer.Render(api ?? TestDescriptions.Read(TestDescriptions.Hooks), "endpoints.json", pack ?? TemplatePack.Embedded, options);

    [Fact]
    public void RendersASampleFilePerOperationAndTargetADocsPagePerOperationAndTheManifest()
    {
        var result = Render(RenderOptions.All);
        Assert.Empty(result.Diagnostics);
        var targets = TemplatePack.Embedded.Targets;
        var expectedPaths = new[] { "hooks.list", "hooks.secrets.create", "hooks.secrets.delete" }
            .SelectMany(op => targets.Select(t => $"{op}/{t.FileName}").Append(op + ".md"))
            .Concat(["manifest.json", "index.md", "groups/hooks.md", "groups/hooks.secrets.md"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedPaths, result.Files!.Paths);
        Assert.Equal(TemplatePack.Embedded.MissingTargets, result.SkippedTargets);
    }

    [Fact]
    public void TheManifestHoldsTheExpectedRequestAndEachSamplesHash()
    {
        var files = Render(RenderOptions.All).Files!;
        using var manifest = JsonDocument.Parse(files["manifest.json"]);
        var create = manifest.RootElement.GetProperty("operations").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "hooks.secrets.create");
        Assert.Equal("POST", create.GetProperty("method").GetString());
        Assert.Equal("/hooks/{id}/secrets", create.GetProperty("path").GetString());
        Assert.Equal("hooks.secrets.create.md", create.GetProperty("docs").GetString());
        var expected = create.GetProperty("expectedRequest");
        Assert.Equal("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets", expected.GetProperty("url").GetString());
        Assert.Equal(
            ["Authorization: Bearer MGMT_API_ACCESS_TOKEN", "Content-Type: application/json"],
            expected.GetProperty("headers").EnumerateArray().Select(h => h.GetProperty("name").GetString() + ": " + h.GetProperty("value").GetString()));
        Assert.Equal("HOOK_SECRET_VALUE", expected.GetProperty("body").GetProperty("HOOK_SECRET_KEY").GetString());
        foreach (var sample in create.GetProperty("samples").EnumerateArray())
        {
            var file = sample.GetProperty("file").GetString()!;
            Assert.StartsWith("hooks.secrets.create/" + sample.GetProperty("target").GetString() + ".", file);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(files[file]))), sample.GetProperty("sha256").GetString());
        }

        Assert.Equal(JsonValueKind.Null, manifest.RootElement.GetProperty("operations")[0].GetProperty("expectedRequest").GetProperty("body").ValueKind);
        Assert.DoesNotContain('\r', files["manifest.json"]);
    }

    [Fact]
    public void RenderingTwiceGivesTheSameBytes()
    {
        var first = Render(RenderOptions.All).Files!;
        var second = Render(RenderOptions.All).Files!;
        Assert.Equal(first.Paths, second.Paths);
        Assert.All(first.Paths, path => Assert.Equal(first[path], second[path]));
    }

    [Fact]
    public void TargetsAreSelectedByIdOrLanguageAndOperationsById()
    {
        var files = Render(new RenderOptions(["python"], ["hooks.list"])).Files!;
        var python = TemplatePack.Embedded.Targets.Where(t => t.Language == "python").Select(t => "hooks.list/" + t.Id + ".py").Order(StringComparer.Ordinal);
        Assert.Equal(["groups/hooks.md", "hooks.list.md", .. python, "index.md", "manifest.json"], files.Paths.Order(StringComparer.Ordinal));
        files = Render(new RenderOptions(["shell-curl"], [])).Files!;
        Assert.Contains("hooks.secrets.delete/shell-curl.sh", files.Paths);
        Assert.DoesNotContain("hooks.secrets.delete/python-requests.py", files.Paths);
    }

    [Fact]
    public void UnknownTargetsAndOperationsAreSelectionErrors()
    {
        Assert.StartsWith("unknown target 'cobol'", Assert.Throws<SelectionException>(() => Render(new RenderOptions(["cobol"], []))).Message);
        Assert.StartsWith("unknown operation 'hooks.nope': the description has hooks.list, hooks.secrets.create, hooks.secrets.delete", Assert.Throws<SelectionException>(() => Render(new RenderOptions([], ["hooks.nope"]))).Message);
    }

    [Fact]
    public void ASelectedTargetWithoutTemplateIsAnError()
    {
        var pack = TemplatePack.Of(TemplatePack.Embedded.Targets.Select(t => (t, t.Id == "shell-curl" ? new TemplateSource("curl.sbn", "curl") : null)));
        const string missing = "go-nethttp";
        Assert.Equal("curl\n", Render(new RenderOptions(["shell"], []), pack).Files!["hooks.list/shell-curl.sh"]);
        var result = Render(new RenderOptions([missing], []), pack);
        Assert.Null(result.Files);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("HS3003", diagnostic.Id);
        Assert.Equal("templates/go/nethttp/nethttp.sbn(1,1): error HS3003: target 'go-nethttp' has no template: expected go/nethttp/nethttp.sbn beside its target.json", diagnostic.ToString());
        Assert.Equal(TemplatePack.Embedded.Targets.Count - 1, pack.MissingTargets.Count);
    }

    [Fact]
    public void ATemplateErrorProducesNoFilesAndIsReportedOnce()
    {
        using var folder = new TempFolder();
        var path = folder.Write("shell/curl/curl.sbn", "{{ request.nope }}");
        var result = Render(RenderOptions.All, TemplatePack.WithOverrides(folder.Path));
        Assert.Null(result.Files);
        Assert.StartsWith($"{path}(1,12): error HS3001:", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void ARequestThatCannotBeBuiltIsAnHs3002InTheDescription()
    {
        var api = TestDescriptions.HooksChanged("hooks.secrets.create", o => o.WithExample("id", new JsonString("..", TestDescriptions.MarkedSpan)));
        var result = Render(RenderOptions.All, api: api);
        Assert.Null(result.Files);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("HS3002", diagnostic.Id);
        Assert.Equal("endpoints.json(57,8): error HS3002: operation 'hooks.secrets.create': path parameter 'id' has the example '..', which cannot be a path segment (HTTP clients collapse '.' and '..' segments and drop empty ones); use another example", diagnostic.ToString());
    }

    [Fact]
    public void AnOperationTheClientLeavesOutIsAnHs3009WarningAtItsIdAndOnlyItsClientSampleIsMissing()
    {
        // Validation refuses a query parameter of object type (HS1029); a model built without it reaches the client
        // shape, which leaves the operation out (HS2107), and the csharp-client sample has no method to call.
        var api = TestDescriptions.HooksChanged("hooks.list", o => o with
        {
            IdSpan = TestDescriptions.MarkedSpan,
            Parameters = o.Parameters.Select(p => p.Name == "per_page" ? p with { Schema = Schema.Create(SchemaType.Object) } : p).ToEquatableArray(),
        });
        var result = Render(RenderOptions.All, api: api);
        Assert.Equal(
            "endpoints.json(57,8): warning HS3009: csharp-client: the generated client has no method for operation 'hooks.list' (building it reports why: HS2105 or HS2107); no sample calling the generated client is written",
            Assert.Single(result.Diagnostics).ToString());
        var paths = result.Files!.Paths.ToList();
        Assert.DoesNotContain("hooks.list/csharp-client.cs", paths);
        Assert.Contains("hooks.list/csharp-httpclient.cs", paths);
        Assert.Contains("hooks.secrets.create/csharp-client.cs", paths);
    }

    [Fact]
    public void TheBaseUrlOverrideReachesSamplesAndManifest()
    {
        var files = Render(new RenderOptions([], [], ServerAddress.Parse("https://127.0.0.1:8443"))).Files!;
        Assert.Contains("https://127.0.0.1:8443/hooks/HOOK_ID/secrets", files["hooks.secrets.create/shell-curl.sh"]);
        Assert.Contains("\"url\": \"https://127.0.0.1:8443/hooks/HOOK_ID/secrets\"", files["manifest.json"]);
        Assert.DoesNotContain("YOUR_DOMAIN", files["hooks.secrets.create.md"]);
    }

    [Fact]
    public void TheDocsFlavorShapesThePages()
    {
        var files = Render(new RenderOptions([], [], Flavor: DocsFlavor.MkDocs)).Files!;
        Assert.Contains("=== \"cURL\"\n\n    ```bash\n    curl --request GET \\\n", files["hooks.list.md"]);
    }

    [Fact]
    public void Pages_list_every_parameter_link_their_types_and_each_group_lists_its_operations()
    {
        var files = Render(RenderOptions.All).Files!;

        var list = files["hooks.list.md"];
        foreach (var parameter in new[] { "enabled", "fields", "triggerId" })
        {
            Assert.Contains("| `" + parameter + "` | query | ", list);
        }

        // This description declares no types: no page links to types.md, and it is not written.
        Assert.DoesNotContain("types.md", files.Paths);
        var pages = string.Concat(files.Paths.Where(p => p.EndsWith(".md", StringComparison.Ordinal)).Select(p => files[p]));
        Assert.DoesNotContain("(types.md#", pages, StringComparison.Ordinal);

        Assert.Contains("- [hooks](groups/hooks.md)\n", files["index.md"]);
        Assert.Contains("| [Get hooks](../hooks.list.md) | `GET /hooks` |\n", files["groups/hooks.md"]);
        Assert.Contains("- [hooks.secrets](hooks.secrets.md)\n", files["groups/hooks.md"]);
        Assert.Contains("(../hooks.secrets.create.md)", files["groups/hooks.secrets.md"]);
    }
}
