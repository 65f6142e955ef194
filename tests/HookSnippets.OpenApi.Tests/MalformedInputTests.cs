using HookSnippets.Description.Diagnostics;

namespace HookSnippets.OpenApi.Tests;

/// <summary>Broken OpenAPI files give located errors and no output, never an exception.</summary>
public sealed class MalformedInputTests
{
    [Theory]
    [InlineData("truncated.json", DiagnosticIds.OpenApiSyntax, "Not valid JSON", 2, 61)]
    [InlineData("missing-version.json", DiagnosticIds.UnsupportedOpenApiVersion, "No 'openapi' version member", 1, 1)]
    [InlineData("wrong-version.json", DiagnosticIds.UnsupportedOpenApiVersion, "'4.0.0' is not supported", 1, 12)]
    [InlineData("swagger-2.json", DiagnosticIds.UnsupportedOpenApiVersion, "Swagger/OpenAPI 2.0", 1, 1)]
    [InlineData("broken-ref.json", DiagnosticIds.BrokenOpenApiReference, "#/components/schemas/Missing", 4, 123)]
    [InlineData("ref-cycle.json", DiagnosticIds.OpenApiReferenceCycle, "A → B → A", 6, 19)]
    [InlineData("truncated.yaml", DiagnosticIds.OpenApiSyntax, "flow sequence", 11, 1)]
    [InlineData("broken-parameter-ref.json", DiagnosticIds.BrokenOpenApiReference, "#/components/parameters/Nope", 1, 99)]
    // Positions are those of the offending value: the end of the truncated text, the version string, the $ref string.
    public void Reports_a_located_error_and_writes_nothing(string fixture, string id, string messagePart, int line, int column)
    {
        var path = TestFiles.Fixture(fixture);
        var result = OpenApiImporter.ImportFile(path, ImportOptions.All);

        Assert.False(result.Succeeded);
        Assert.Null(result.EndpointsJson);
        var error = result.Errors.First();
        Assert.Equal(id, error.Id);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.FilePath);
        Assert.Equal((line, column), (error.Span.StartLine + 1, error.Span.StartColumn + 1));
        Assert.StartsWith($"{path}({line},{column}): error {id}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var result = OpenApiImporter.ImportFile(TestFiles.Fixture("no-such-file.json"), ImportOptions.All);
        Assert.Equal(DiagnosticIds.OpenApiSyntax, Assert.Single(result.Errors).Id);
    }
}
