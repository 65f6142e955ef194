using HookSnippets.Description.Diagnostics;
namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// Broken OpenAPI files give located errors, never an exception. A document that cannot be read writes nothing; a
/// broken node stops only the operations that reach it (here the only one, so nothing is left to write either).
/// </summary>
public sealed class MalformedInputTests
{
    [Theory]
    [InlineData("truncated.json", DiagnosticIds.OpenApiSyntax, "Not valid JSON", 2, 61)]
    [InlineData("missing-version.json", DiagnosticIds.UnsupportedOpenApiVersion, "No 'openapi' version member", 1, 1)]
    [InlineData("wrong-version.json", DiagnosticIds.UnsupportedOpenApiVersion, "'4.0.0' is not supported", 1, 12)]
    [InlineData("broken-ref.json", DiagnosticIds.BrokenOpenApiReference, "#/components/schemas/Missing", 4, 123)]
    [InlineData("ref-cycle.json", DiagnosticIds.OpenApiReferenceCycle, "A → B → A", 6, 19)]
    [InlineData("truncated.yaml", DiagnosticIds.OpenApiSyntax, "a flow sequence '[' is not closed", 11, 1)]
    [InlineData("broken-parameter-ref.json", DiagnosticIds.BrokenOpenApiReference, "#/components/parameters/Nope", 1, 99)]
    [InlineData("made/yaml-tab.yaml", DiagnosticIds.OpenApiSyntax, "Not valid YAML: tab characters are not allowed for indentation in YAML; indent with spaces.", 9, 1)]
    // Positions are those of the offending value: the end of the truncated text, the version string, the $ref string, the tab.
    public void Reports_a_located_error_and_writes_nothing(string fixture, string id, string messagePart, int line, int column)
    {
        var path = fixture.StartsWith("made/", StringComparison.Ordinal) ? TestFiles.OpenApi(fixture) : TestFiles.Fixture(fixture);
        var result = OpenApiImporter.ImportFile(path, ImportOptions.All);

        Assert.False(result.Succeeded);
        Assert.Null(result.EndpointsJson);
        var error = Assert.Single(result.Errors, e => e.Id == id);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.FilePath);
        Assert.Equal((line, column), (error.Span.StartLine + 1, error.Span.StartColumn + 1));
        Assert.StartsWith($"{path}({line},{column}): error {id}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("broken-ref.json")]
    [InlineData("ref-cycle.json")]
    [InlineData("broken-parameter-ref.json")]
    public void A_broken_node_that_every_operation_reaches_leaves_nothing_to_import(string fixture)
    {
        var result = OpenApiImporter.ImportFile(TestFiles.Fixture(fixture), ImportOptions.All);

        Assert.Equal(DiagnosticIds.NoOperationToImport, result.Errors[0].Id);
        Assert.Contains(result.Notes, n => n.Reason.StartsWith("operation not imported: it uses a node that cannot be read (HS600", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_references_skip_only_the_operations_that_reach_them()
    {
        var path = TestFiles.OpenApi("made/missing-component.yaml");
        var result = OpenApiImporter.ImportFile(path, ImportOptions.All);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["works.list"], result.Description!.Operations.Select(o => o.Id));
        Assert.Equal(
            [
                $"{path}(21,23): warning HS6003: The $ref '#/components/schemas/Missing' points at nothing: the document has no schema 'Missing' under components/schemas.",
                $"{path}(30,23): warning HS6003: The $ref 'no-such-file.yaml#/Thing' names a file that cannot be read: Cannot read '{Path.Combine(Path.GetDirectoryName(path)!, "no-such-file.yaml")}': the file does not exist.",
            ],
            result.Warnings.Select(w => w.ToString()));
        var skipped = result.Notes.Where(n => n.Reason.StartsWith("operation not imported", StringComparison.Ordinal)).ToList();
        Assert.Equal(["GET /broken", "GET /elsewhere"], skipped.Select(n => n.Location));
        Assert.Equal([(15, 7), (24, 7)], skipped.Select(n => (n.Span.StartLine + 1, n.Span.StartColumn + 1)));
        Assert.All(skipped, n => Assert.Equal(path, n.FilePath));
    }

    [Fact]
    public void A_byte_that_is_not_utf8_is_an_error_at_its_line_and_column()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("hooksnippets-utf8-").FullName, "openapi.yaml");
        File.WriteAllBytes(path, [.. "openapi: 3.0.3\ninfo:\n  title: "u8, 0xC3, 0x28, .. "\n  version: '1'\npaths: {}\n"u8]);
        try
        {
            var error = Assert.Single(OpenApiImporter.ImportFile(path, ImportOptions.All).Errors);
            Assert.Equal($"{path}(3,10): error HS6001: Not valid UTF-8: byte 0xC3 cannot be decoded; save the file as UTF-8.", error.ToString());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var result = OpenApiImporter.ImportFile(TestFiles.Fixture("no-such-file.json"), ImportOptions.All);
        Assert.Equal(DiagnosticIds.OpenApiSyntax, Assert.Single(result.Errors).Id);
    }
}
