using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// import declares the pagination of operations that follow Auth0's offset and checkpoint styles or the common cursor
/// names, and of nothing else: the items member must be the answer's only array.
/// </summary>
public sealed class PaginationInferenceTests
{
    [Fact]
    public void Auth0s_hooks_list_gets_the_offset_pagination_the_shipped_file_declares()
    {
        var result = OpenApiImporter.ImportFile(TestFiles.HooksOpenApi, ImportOptions.All);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var list = result.Description!.Operations.Single(o => o.Id == "hooks.list");
        Assert.Equal(new Pagination(PaginationStyle.Offset, "page", "per_page", "include_totals", null, "hooks", "total", "limit", "start", null, default), list.Pagination! with { Span = default });
        Assert.All(result.Description.Operations.Where(o => o.Id != "hooks.list"), o => Assert.Null(o.Pagination));
        Assert.Contains("\"pagination\": {", result.EndpointsJson, StringComparison.Ordinal);
    }

    [Fact]
    public void The_management_api_gets_offset_and_checkpoint_paging_that_validates()
    {
        var result = OpenApiImporter.ImportFile(TestFiles.ManagementOpenApi, ImportOptions.All);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var paged = result.Description!.Operations.Where(o => o.Pagination is not null).ToList();
        var logs = paged.Single(o => o.Id == "logs.list");
        Assert.Equal(PaginationStyle.Offset, logs.Pagination!.Style);
        Assert.Contains(paged, o => o.Pagination!.Style == PaginationStyle.Checkpoint && o.Pagination.Cursor == "from" && o.Pagination.Next == "next");
        Assert.True(paged.Count > 50, $"{paged.Count} paged operations");
    }

    [Theory]
    [InlineData("cursor", "next_cursor", "limit")]
    [InlineData("page_token", "nextPageToken", "page_size")]
    [InlineData("starting_after", "next", "limit")]
    public void Common_cursor_names_declare_cursor_paging(string parameter, string member, string size)
    {
        var result = OpenApiImporter.Import(CursorApi(parameter, member, size), "openapi.json", ImportOptions.All);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));

        var list = Assert.Single(result.Description!.Operations);
        Assert.Equal(new Pagination(PaginationStyle.Cursor, null, size, null, parameter, "data", null, null, null, member, default), list.Pagination! with { Span = default });
    }

    [Fact]
    public void An_answer_with_two_arrays_or_no_next_member_is_not_paged()
    {
        var twoArrays = OpenApiImporter.Import(CursorApi("cursor", "next_cursor", "limit", extraArray: true), "openapi.json", ImportOptions.All);
        var noNext = OpenApiImporter.Import(CursorApi("cursor", "unrelated", "limit"), "openapi.json", ImportOptions.All);

        Assert.Null(Assert.Single(twoArrays.Description!.Operations).Pagination);
        Assert.Null(Assert.Single(noNext.Description!.Operations).Pagination);
    }

    private static string CursorApi(string parameter, string member, string size, bool extraArray = false) => $$"""
        {
          "openapi": "3.0.3",
          "info": { "title": "Things", "version": "1" },
          "servers": [{ "url": "https://things.example.com" }],
          "paths": {
            "/things": {
              "get": {
                "operationId": "listThings",
                "parameters": [
                  { "name": "{{parameter}}", "in": "query", "schema": { "type": "string" } },
                  { "name": "{{size}}", "in": "query", "schema": { "type": "integer" } }
                ],
                "responses": {
                  "200": {
                    "description": "A page.",
                    "content": { "application/json": { "schema": {
                      "type": "object",
                      "properties": {
                        "data": { "type": "array", "items": { "type": "string" } },
                        {{(extraArray ? "\"more\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } }," : "")}}
                        "{{member}}": { "type": "string" }
                      }
                    } } }
                  }
                }
              }
            }
          }
        }
        """;
}
