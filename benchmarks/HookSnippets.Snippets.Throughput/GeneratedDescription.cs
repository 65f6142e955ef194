using System.Globalization;
using System.Text;

namespace HookSnippets.Snippets.Throughput;

/// <summary>An endpoints.json with <c>count</c> operations shaped like the hooks ones (path, query, header and body variety).</summary>
internal static class GeneratedDescription
{
    public static string Create(int count)
    {
        var json = new StringBuilder();
        json.Append("""
            {
              "name": "Generated",
              "baseUrl": "https://{domain}/api/v2",
              "variables": { "domain": { "example": "YOUR_DOMAIN", "description": "Tenant domain" } },
              "auth": { "type": "bearer", "example": "ACCESS_TOKEN", "description": "Token" },
              "operations": {
            """);
        for (var i = 0; i < count; i++)
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            json.Append(i == 0 ? "\n" : ",\n");
            json.Append((i % 4) switch
            {
                0 => $$"""
                    "group{{id}}.list": { "method": "GET", "path": "/items{{id}}", "summary": "List {{id}}",
                      "parameters": {
                        "page": { "in": "query", "schema": { "type": "integer" }, "example": 0 },
                        "q": { "in": "query", "schema": { "type": "string" }, "example": "name:\"a b\" & c" },
                        "tags": { "in": "query", "schema": { "type": "array", "items": { "type": "string" } }, "example": ["x", "y z"] },
                        "X-Trace": { "in": "header", "schema": { "type": "string" }, "example": "TRACE_ID" } },
                      "responses": { "200": { "description": "ok" } } }
                    """,
                1 => $$"""
                    "group{{id}}.create": { "method": "POST", "path": "/items{{id}}/{id}/secrets", "summary": "Create {{id}}",
                      "parameters": { "id": { "in": "path", "schema": { "type": "string" }, "example": "ITEM_ID/é" } },
                      "body": { "schema": { "type": "object", "additionalProperties": { "type": "string" } },
                        "example": { "KEY_1": "it's \"quoted\" ${x} #{y}", "KEY_2": "line\nbreak 😀" } },
                      "responses": { "201": { "description": "created" } } }
                    """,
                2 => $$"""
                    "group{{id}}.update": { "method": "PATCH", "path": "/items{{id}}/{id}", "summary": "Update {{id}}",
                      "parameters": { "id": { "in": "path", "schema": { "type": "string" }, "example": "ITEM_ID" } },
                      "body": { "schema": { "type": "object" },
                        "example": { "name": "n", "enabled": true, "count": 12345678901234567890, "nested": { "list": [1, null, [true]] } } },
                      "responses": { "200": { "description": "ok" } } }
                    """,
                _ => $$"""
                    "group{{id}}.delete": { "method": "DELETE", "path": "/items{{id}}/{id}/secrets", "summary": "Delete {{id}}",
                      "parameters": { "id": { "in": "path", "schema": { "type": "string" }, "example": "ITEM_ID" } },
                      "body": { "schema": { "type": "array", "items": { "type": "string" } }, "example": ["A", "B"] },
                      "responses": { "204": { "description": "gone" } } }
                    """,
            });
        }

        return json.Append("\n  }\n}\n").ToString();
    }
}
