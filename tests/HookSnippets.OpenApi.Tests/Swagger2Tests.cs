using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi.Tests;

/// <summary>A Swagger 2.0 file (tests/fixtures/openapi/made/swagger2-shop.json) imports like an OpenAPI 3 one; notes name the 2.0 places.</summary>
public sealed class Swagger2Tests
{
    private static readonly string File = TestFiles.OpenApi("made/swagger2-shop.json");
    private static readonly Lazy<ImportResult> Shop = new(() => OpenApiImporter.ImportFile(File, ImportOptions.All));

    [Fact]
    public void Host_base_path_schemes_security_body_and_collection_formats_are_imported()
    {
        var result = Shop.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var api = result.Description!;

        Assert.Equal("https://shop.example.com/v2", api.BaseUrl);
        Assert.Equal(("Shop", "SHOP_API_ACCESS_TOKEN"), (api.Name, api.FindScheme("auth")!.Example));
        Assert.Equal(["orders.list_orders", "orders.create_order", "orders.get_order", "notes.add_note"], api.Operations.Select(o => o.Id));
        var list = api.Operations[0];
        Assert.Equal((ParameterStyle.Comma, true), (list.Parameters.Single(p => p.Name == "status").Style, list.Parameters.Single(p => p.Name == "status").Required));
        Assert.Equal(["read:orders"], list.Scopes);
        var create = api.Operations[1];
        Assert.Equal(("write:orders", true, "#/types/NewOrder"), (string.Join(" ", create.Scopes), create.Body!.Required, create.Body.Schema.Ref));
        Assert.Equal("{\"items\":[{\"sku\":\"SKU-1234\",\"quantity\":1}]}", JsonWriter.Write(create.Body.Example!, indented: false));
        Assert.True(api.FindType("NewOrder")!.Properties.Single(p => p.Name == "coupon").Schema.Nullable);
        Assert.Equal("^ord_[a-z0-9]{8}$", api.Operations[2].Parameters.Single().Schema.Pattern);
        var note = api.Operations[3].Body!;
        Assert.Equal((BodyKind.Form, "{\"text\":\"ORDER_NOTE_TEXT\"}"), (note.Kind, JsonWriter.Write(note.Example!, indented: false)));
    }

    [Fact]
    public void Notes_name_the_places_of_the_2_0_file()
    {
        var notes = Shop.Value.Notes.Select(n => (n.Location, n.Span.StartLine + 1, n.Reason)).ToList();

        Assert.Equal([("#/securityDefinitions/key", 11, "no imported operation uses this security scheme; not imported")], notes);
        Assert.All(Shop.Value.Notes, n => Assert.Equal(File, n.FilePath));
    }
}
