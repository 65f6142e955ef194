using System.Globalization;
using System.Text;

namespace HookSnippets.Generator.Benchmarks;

/// <summary>
/// A valid description with <c>groups × operationsPerGroup</c> operations: each group has list, get, create,
/// update and delete shapes with path and query parameters, a JSON body and a response type of its own.
/// </summary>
internal static class LargeDescription
{
    public static string Create(int groups, int operationsPerGroup)
    {
        var json = new StringBuilder();
        json.Append("{\n  \"name\": \"Large\",\n  \"baseUrl\": \"https://{host}/api\",\n");
        json.Append("  \"variables\": { \"host\": { \"example\": \"api.example.com\" } },\n");
        json.Append("  \"auth\": { \"type\": \"bearer\", \"example\": \"ACCESS_TOKEN\" },\n  \"types\": {\n");
        for (var g = 0; g < groups; g++)
        {
            json.Append(Invariant($"    \"Item{g}\": {{ \"type\": \"object\", \"description\": \"Item of group {g}.\", \"properties\": {{ \"id\": {{ \"type\": \"string\" }}, \"count\": {{ \"type\": \"integer\" }}, \"enabled\": {{ \"type\": \"boolean\" }}, \"tags\": {{ \"type\": \"array\", \"items\": {{ \"type\": \"string\" }} }} }} }}"));
            json.Append(g + 1 < groups ? ",\n" : "\n");
        }

        json.Append("  },\n  \"operations\": {\n");
        for (var g = 0; g < groups; g++)
        {
            for (var o = 0; o < operationsPerGroup; o++)
            {
                json.Append(Operation(g, o));
                json.Append(g + 1 < groups || o + 1 < operationsPerGroup ? ",\n" : "\n");
            }
        }

        json.Append("  }\n}\n");
        return json.ToString();
    }

    private static string Operation(int group, int index)
    {
        var id = Invariant($"group{group}.op{index}");
        return (index % 5) switch
        {
            0 => Invariant($$"""
                    "{{id}}": { "method": "GET", "path": "/g{{group}}/o{{index}}", "summary": "List items {{index}}.",
                      "parameters": {
                        "page": { "in": "query", "schema": { "type": "integer" }, "example": 0 },
                        "q": { "in": "query", "schema": { "type": "string" }, "example": "a b" }
                      },
                      "responses": { "200": { "schema": { "type": "array", "items": { "$ref": "#/types/Item{{group}}" } } } },
                      "errors": { "401": "Invalid token." } }
                """),
            1 => Invariant($$"""
                    "{{id}}": { "method": "GET", "path": "/g{{group}}/o{{index}}/{id}", "summary": "Get item {{index}}.",
                      "parameters": { "id": { "in": "path", "schema": { "type": "string" }, "example": "ITEM_ID" } },
                      "responses": { "200": { "schema": { "$ref": "#/types/Item{{group}}" } } },
                      "errors": { "404": "Not found." } }
                """),
            2 => Invariant($$"""
                    "{{id}}": { "method": "POST", "path": "/g{{group}}/o{{index}}", "summary": "Create item {{index}}.",
                      "body": { "name": "item", "contentType": "application/json", "schema": { "$ref": "#/types/Item{{group}}" }, "example": { "id": "ITEM_ID", "count": 1 } },
                      "responses": { "201": { "schema": { "$ref": "#/types/Item{{group}}" } } } }
                """),
            3 => Invariant($$"""
                    "{{id}}": { "method": "PATCH", "path": "/g{{group}}/o{{index}}/{id}", "summary": "Update item {{index}}.",
                      "parameters": { "id": { "in": "path", "schema": { "type": "string" }, "example": "ITEM_ID" } },
                      "body": { "name": "changes", "contentType": "application/json", "schema": { "type": "object", "additionalProperties": { "type": "string" }, "maxProperties": 20 }, "example": { "KEY": "VALUE" } },
                      "responses": { "200": { "schema": { "$ref": "#/types/Item{{group}}" } } } }
                """),
            _ => Invariant($$"""
                    "{{id}}": { "method": "DELETE", "path": "/g{{group}}/o{{index}}/{id}", "summary": "Delete item {{index}}.",
                      "parameters": { "id": { "in": "path", "schema": { "type": "string" }, "example": "ITEM_ID" } },
                      "responses": { "204": { "description": "Deleted." } } }
                """),
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
