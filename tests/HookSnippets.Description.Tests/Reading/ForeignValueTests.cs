using System.Text;
using HookSnippets.Description.Tests.Validation;

namespace HookSnippets.Description.Tests.Reading;

/// <summary>
/// What other tools leave in a description, caught where it is read: a body media type that is not JSON (a typo of
/// one character), Microsoft.OpenApi's null marker string, and bytes that are not UTF-8. Each is one located error.
/// </summary>
public class ForeignValueTests
{
    private const string Marker = "openapi-json-null-sentinel-value-2BF93600-0FE4-4250-987A-E5DDB203E464";

    [Fact]
    public void A_content_type_typo_in_the_shipped_description_is_an_error_at_the_value()
    {
        var text = RepositoryFiles.EndpointsJson;
        var at = text.IndexOf("\"contentType\": \"application/json\"", text.IndexOf("\"hooks.create\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var mutated = text[..at] + "\"contentType\": \"application/son\"" + text[(at + "\"contentType\": \"application/json\"".Length)..];
        var (line, column) = Position(mutated, at + "\"contentType\": ".Length);

        var result = DescriptionReader.Read(mutated, "endpoints.json");

        Assert.Null(result.Description);
        Assert.Equal(
            [$"endpoints.json({line},{column}): error HS1007: 'application/son' is not a JSON media type ('contentType' of the body of operation 'hooks.create'), but the example is JSON: write application/json or application/<name>+json for a JSON body (for application/son the example is the name of the file to upload)."],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/merge-patch+json", true)]
    [InlineData("application/vnd.api+json", true)]
    [InlineData("application/son", false)]
    [InlineData("application/json; charset=utf-8", false)]
    [InlineData("text/json", false)]
    [InlineData("application/x-www-form-urlencoded", true)]
    [InlineData("multipart/form-data", true)]
    [InlineData("", false)]
    public void A_json_example_needs_a_json_media_type_or_a_form(string contentType, bool valid)
    {
        var text = DescriptionTexts.With($$"""
                "pets.create": {
                  "method": "POST",
                  "path": "/pets",
                  "body": { "contentType": "{{contentType}}", "schema": { "type": "object" }, "example": {} },
                  "responses": { "201": { "description": "Created." } }
                }
            """);

        var errors = DescriptionTexts.Report(text);

        Assert.Equal(valid ? 0 : 1, errors.Count(e => e.Contains(" error HS1007: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_openapi_null_marker_is_an_error_wherever_a_value_holds_it()
    {
        var text = DescriptionTexts.With(
            $$"""
                "pets.create": {
                  "method": "POST",
                  "path": "/pets",
                  "parameters": { "tag": { "in": "query", "example": "{{Marker}}" } },
                  "body": { "schema": { "$ref": "#/types/Pet" }, "example": { "name": "Rex", "owner": "{{Marker}}" } },
                  "responses": { "201": { "description": "Created." } }
                }
            """,
            types: $$"""{ "Pet": { "type": "object", "properties": { "name": { "type": "string", "default": "{{Marker}}" }, "owner": { "type": "string", "nullable": true, "enum": ["a", "{{Marker}}"] } } } }""");

        var errors = DescriptionTexts.Report(text);

        Assert.Equal(4, errors.Length);
        Assert.All(errors, e => Assert.Contains($" error HS1007: '{Marker}' in ", e, StringComparison.Ordinal));
        Assert.Contains("in 'default' of ", string.Join("\n", errors), StringComparison.Ordinal);
        Assert.All(errors, e => Assert.EndsWith("is Microsoft.OpenApi's internal marker for JSON null, not a value; write null (or leave the value out).", e, StringComparison.Ordinal));
        var positions = errors.Select(e => e[..e.IndexOf(": error", StringComparison.Ordinal)]).ToList();
        var markerLines = text.Split('\n').Select((l, i) => (Line: l, Number: i + 1)).Where(l => l.Line.Contains(Marker, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.Contains(markerLines, l => p.StartsWith($"endpoints.json({l.Number},", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_byte_that_is_not_utf8_is_an_error_at_its_line_and_column()
    {
        var text = RepositoryFiles.EndpointsJson;
        var at = text.IndexOf("Create a hook", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text[..at]).Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(text[at..])).ToArray();
        var (line, column) = Position(text, at);

        var result = DescriptionReader.Read(bytes, "endpoints.json");

        Assert.Null(result.Description);
        Assert.Equal(
            [$"endpoints.json({line},{column}): error HS1001: The file is not valid UTF-8: byte 0xC3 cannot be decoded (an editor may show it as a replacement character or a wrong letter); save the file as UTF-8."],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Valid_utf8_bytes_with_or_without_a_byte_order_mark_read_like_the_text()
    {
        var text = RepositoryFiles.EndpointsJson;
        var fromText = DescriptionReader.Read(text, "endpoints.json");
        var withBom = DescriptionReader.Read([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], "endpoints.json");
        var withoutBom = DescriptionReader.Read(Encoding.UTF8.GetBytes(text), "endpoints.json");

        Assert.Equal(fromText, withBom);
        Assert.Equal(fromText, withoutBom);
        Assert.NotNull(fromText.Description);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })] // overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a UTF-16 surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // above U+10FFFF
    [InlineData(new byte[] { 0xE2, 0x82 })] // cut short
    [InlineData(new byte[] { 0x80 })] // a continuation byte alone
    public void Invalid_sequences_are_found_where_they_start(byte[] invalid)
    {
        byte[] bytes = [.. "{\"a\": \""u8, .. invalid, .. "\"}"u8];
        Assert.Equal(7, Text.Utf8Validation.FirstInvalidByte(bytes));
        Assert.Equal(-1, Text.Utf8Validation.FirstInvalidByte([.. "{\"a\": \"\u00e9\u20ac\U0001F600\"}"u8]));
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var before = text[..offset];
        return (before.Count(c => c == '\n') + 1, offset - (before.LastIndexOf('\n') + 1) + 1);
    }
}
