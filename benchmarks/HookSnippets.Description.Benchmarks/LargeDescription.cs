using System.Globalization;
using System.Text;

namespace HookSnippets.Description.Benchmarks;

/// <summary>
/// A description shaped like endpoints.json but with many operations of every kind: path, query and header
/// parameters with examples, bodies through <c>$ref</c> with patterns, enums and bounds, maps, arrays and
/// <c>oneOf</c> responses, so that reading exercises the parser, the binder and every validator rule.
/// </summary>
public static class LargeDescription
{
    private static readonly string[] Methods = ["GET", "POST", "PATCH", "PUT", "DELETE"];

    public static string Create(int operations)
    {
        var text = new StringBuilder(operations * 900);
        text.Append("""
            {
              "$schema": "./endpoints.schema.json",
              "name": "Large",
              "title": "Generated benchmark description",
              "baseUrl": "https://{domain}/api/v2",
              "variables": { "domain": { "example": "YOUR_DOMAIN", "description": "Your tenant domain." } },
              "auth": { "type": "bearer", "example": "API_TOKEN", "description": "Access token." },
              "types": {
                "Item": {
                  "type": "object",
                  "properties": {
                    "id": { "type": "string", "description": "Id." },
                    "name": { "type": "string", "pattern": "^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$", "minLength": 1, "maxLength": 100 },
                    "kind": { "$ref": "#/types/Kind" },
                    "enabled": { "type": "boolean", "default": false },
                    "count": { "type": "integer", "minimum": 0, "maximum": 1000 },
                    "created": { "type": "string", "format": "date-time" },
                    "homepage": { "type": "string", "format": "uri", "nullable": true },
                    "labels": { "type": "object", "additionalProperties": { "type": "string" }, "maxProperties": 20 },
                    "children": { "type": "array", "items": { "$ref": "#/types/Item" } }
                  },
                  "required": ["name", "kind"],
                  "additionalProperties": false
                },
                "Kind": { "type": "string", "enum": ["alpha", "beta", "gamma", "delta"] },
                "ItemPage": {
                  "type": "object",
                  "properties": { "start": { "type": "integer" }, "limit": { "type": "integer" }, "total": { "type": "integer" }, "items": { "type": "array", "items": { "$ref": "#/types/Item" } } },
                  "required": ["start", "limit", "total", "items"]
                },
                "ItemList": { "oneOf": [ { "type": "array", "items": { "$ref": "#/types/Item" } }, { "$ref": "#/types/ItemPage" } ] }
              },
              "operations": {
            """);
        text.Append('\n');
        for (var i = 0; i < operations; i++)
        {
            AppendOperation(text, i, last: i == operations - 1);
        }

        text.Append("  }\n}\n");
        return text.ToString();
    }

    private static void AppendOperation(StringBuilder text, int index, bool last)
    {
        var n = index.ToString(CultureInfo.InvariantCulture);
        var method = Methods[index % Methods.Length];
        var group = "group" + (index / 10).ToString(CultureInfo.InvariantCulture);
        text.Append("    \"").Append(group).Append(".items").Append(n).Append('.').Append(method.ToLowerInvariant()).Append("\": {\n");
        text.Append("      \"method\": \"").Append(method).Append("\",\n");
        text.Append("      \"path\": \"/").Append(group).Append("/{id}/items").Append(n).Append("\",\n");
        text.Append("      \"summary\": \"Operation ").Append(n).Append(" of the benchmark.\",\n");
        text.Append("      \"scopes\": [\"read:items\", \"update:items\"],\n");
        text.Append("      \"parameters\": {\n");
        text.Append("        \"id\": { \"in\": \"path\", \"schema\": { \"type\": \"string\", \"pattern\": \"^[A-Za-z0-9_-]+$\" }, \"example\": \"ITEM_ID\", \"description\": \"Item id.\" },\n");
        text.Append("        \"per_page\": { \"in\": \"query\", \"schema\": { \"type\": \"integer\", \"minimum\": 0, \"maximum\": 100 }, \"example\": 50 },\n");
        text.Append("        \"tags\": { \"in\": \"query\", \"schema\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } }, \"style\": \"comma\", \"example\": [\"a b\", \"c\"] },\n");
        text.Append("        \"X-Request-Id\": { \"in\": \"header\", \"schema\": { \"type\": \"string\" }, \"example\": \"REQUEST_ID\" }\n");
        text.Append("      },\n");
        if (method != "GET")
        {
            text.Append("      \"body\": {\n");
            text.Append("        \"name\": \"item\",\n");
            text.Append("        \"schema\": { \"$ref\": \"#/types/Item\" },\n");
            text.Append("        \"example\": { \"name\": \"my item ").Append(n).Append("\", \"kind\": \"beta\", \"enabled\": true, \"count\": ").Append((index % 1000).ToString(CultureInfo.InvariantCulture))
                .Append(", \"created\": \"2024-01-31T12:00:00Z\", \"homepage\": null, \"labels\": { \"LABEL_KEY\": \"LABEL_VALUE\" }, \"children\": [ { \"name\": \"child\", \"kind\": \"alpha\" } ] },\n");
            text.Append("        \"placeholders\": { \"LABEL_KEY\": \"Name of a label.\", \"LABEL_VALUE\": \"Value of the label.\" }\n");
            text.Append("      },\n");
        }

        text.Append("      \"responses\": { \"200\": { \"description\": \"The items.\", \"schema\": { \"$ref\": \"#/types/ItemList\" } } },\n");
        text.Append("      \"errors\": { \"404\": \"Item not found.\", \"409\": \"Item with the same name already exists.\" }\n");
        text.Append(last ? "    }\n" : "    },\n");
    }
}
