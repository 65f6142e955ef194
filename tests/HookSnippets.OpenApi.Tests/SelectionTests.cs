namespace HookSnippets.OpenApi.Tests;

/// <summary><c>--tag</c> ignores case and says which tags exist; servers equal to the document's are not reported.</summary>
public sealed class SelectionTests
{
    private static readonly string Shop = TestFiles.OpenApi("made/swagger2-shop.json");

    [Fact]
    public void A_tag_matches_whatever_its_case()
    {
        var result = OpenApiImporter.ImportFile(Shop, new ImportOptions(["orders"], [], null));

        Assert.Equal(3, result.Description!.Operations.Count);
        Assert.DoesNotContain(result.Notes, n => n.Location.StartsWith("--tag", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_tag_lists_the_tags_that_exist()
    {
        var none = OpenApiImporter.ImportFile(Shop, new ImportOptions(["gameplay"], [], null));
        Assert.Equal("No operation to import matches the --tag/--path filters; the tags are: Orders, Notes.", Assert.Single(none.Errors).Message);

        var some = OpenApiImporter.ImportFile(Shop, new ImportOptions(["Notes", "ordres"], [], null));
        Assert.Contains(some.Notes, n => n.Location == "--tag ordres" && n.Reason == "no operation has this tag; the tags are: Orders, Notes.");
    }

    [Fact]
    public void Operation_servers_equal_to_the_document_servers_are_not_reported()
    {
        var result = OpenApiImporter.ImportFile(TestFiles.OpenApi("corpus/twilio_messaging_v1.json"), ImportOptions.All);

        Assert.DoesNotContain(result.Notes, n => n.Reason.Contains("servers", StringComparison.Ordinal));
    }
}
