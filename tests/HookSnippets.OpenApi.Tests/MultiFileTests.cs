using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// A description spread over YAML and JSON files (tests/fixtures/openapi/made/multi-file) and <c>$ref</c>s into the
/// middle of schemas are resolved before the reader sees the document; every note names the file the user wrote.
/// </summary>
public sealed class MultiFileTests
{
    private static readonly string Document = TestFiles.OpenApi("made/multi-file/openapi.yaml");
    private static readonly Lazy<ImportResult> Kennel = new(() => OpenApiImporter.ImportFile(Document, ImportOptions.All));

    [Fact]
    public void Path_items_operations_parameters_and_responses_in_other_files_are_imported()
    {
        var api = Imported(Kennel.Value);

        Assert.Equal(["dogs.list_dogs", "dogs.create_dog", "dogs.get_dog", "dogs.delete_dog"], api.Operations.Select(o => o.Id));
        Assert.Equal("The Kennel API keeps dogs and their owners.", api.Description);
        var get = api.Operations.Single(o => o.Id == "dogs.get_dog");
        Assert.Equal(("/dogs/{dogId}", "dogId", ParameterLocation.Path), (get.Path, get.Parameters.Single().Name, get.Parameters.Single().In));
        Assert.Equal("No dog with this id.", get.Errors.Single(e => e.Status == "404").Message);
        Assert.Equal("limit", api.Operations.Single(o => o.Id == "dogs.list_dogs").Parameters.Single().Name);
    }

    [Fact]
    public void Schemas_of_other_files_become_named_types_shared_by_every_reference()
    {
        var api = Imported(Kennel.Value);

        Assert.Equal(["Dog", "Owner", "Dog_name", "NewDog"], api.Types.Select(t => t.Name));
        var dog = api.FindType("Dog")!;
        Assert.Equal("#/types/Dog", dog.Properties.Single(p => p.Name == "parents").Schema.Items!.Ref);
        Assert.Equal("#/types/Owner", dog.Properties.Single(p => p.Name == "owner").Schema.Ref);
        Assert.Equal(["email", "phone"], api.FindType("Owner")!.Properties.Select(p => p.Name));
        Assert.Equal(40, api.FindType("Dog_name")!.MaxLength);
        Assert.Equal("#/types/Dog_name", api.FindType("NewDog")!.Properties.Single(p => p.Name == "name").Schema.Ref);
    }

    [Fact]
    public void A_body_example_kept_in_a_file_is_the_body_example()
    {
        var body = Imported(Kennel.Value).Operations.Single(o => o.Id == "dogs.create_dog").Body!;

        Assert.Equal("{\"name\":\"Rex\",\"owner\":{\"email\":\"owner@example.com\"}}", JsonWriter.Write(body.Example!, indented: false));
    }

    [Fact]
    public void Notes_name_the_file_pointer_line_and_column_where_the_node_is_written()
    {
        var owner = Path.Combine(Path.GetDirectoryName(Document)!, "schemas", "owner-properties.yaml");
        var note = Kennel.Value.Notes.Single(n => n.Reason.StartsWith("format 'email'", StringComparison.Ordinal));

        Assert.Equal(owner + "#/email/format", note.Location);
        Assert.Equal((owner, 3, 11), (note.FilePath, note.Span.StartLine + 1, note.Span.StartColumn + 1));
    }

    [Fact]
    public void References_into_the_middle_of_schemas_become_types_of_their_own()
    {
        var result = OpenApiImporter.ImportFile(TestFiles.OpenApi("made/discriminated-oneof.json"), ImportOptions.All);
        var api = Imported(result);

        Assert.Equal("^[A-Z][a-z]+$", api.FindType("Keeper_name")!.Pattern);
        Assert.Equal(["small", "large"], api.FindType("Portion_oneOf_0")!.Enum.Select(v => ((JsonString)v).Value));
        var body = api.Operations.Single(o => o.Id == "messages.send_message").Body!;
        Assert.Equal("#/types/Keeper_name", body.Schema.Properties.Single(p => p.Name == "keeper").Schema.Ref);
    }

    [Fact]
    public void A_cycle_of_inlined_objects_is_located_and_stops_only_its_operation()
    {
        var path = TestFiles.Fixture("inline-cycle.json");
        var result = OpenApiImporter.ImportFile(path, ImportOptions.All);

        Assert.Equal(["ok.list"], Imported(result).Operations.Select(o => o.Id));
        Assert.Contains($"{path}(11,19): warning HS6004: The $ref '#/components/parameters/A' leads back to an object that contains it, so it cannot be replaced by its target; break the cycle.", result.Warnings.Select(w => w.ToString()));
        Assert.Contains(result.Notes, n => n.Location == "GET /loop" && n.Reason.StartsWith("operation not imported: it uses a node that cannot be read (HS6004", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reader_error_stops_only_the_operations_that_reach_it()
    {
        var path = TestFiles.Fixture("reader-error.json");
        var result = OpenApiImporter.ImportFile(path, ImportOptions.All);

        Assert.Equal(["ok.list"], Imported(result).Operations.Select(o => o.Id));
        Assert.Equal([$"{path}(7,36): warning HS6005: The OpenAPI reader: Invalid schema type identifier: strin"], result.Warnings.Select(w => w.ToString()));
    }

    private static ApiDescription Imported(ImportResult result)
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Description!;
    }
}
