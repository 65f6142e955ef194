using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Text;

namespace HookSnippets.Snippets.Tests;

/// <summary>Small descriptions written for these tests (the shipped endpoints.json is covered by the golden test).</summary>
internal static class TestDescriptions
{
    private const string HooksTemplate = """
        {
          "name": "Hooks",
          "title": "Hooks API",
          "baseUrl": "https://{domain}/api/v2",
          "variables": { "domain": { "example": "YOUR_DOMAIN", "description": "Your tenant domain" } },
          "auth": { "type": "bearer", "example": "MGMT_API_ACCESS_TOKEN", "description": "A Management API token" },
          "operations": {
            "hooks.list": {
              "method": "GET",
              "path": "/hooks",
              "summary": "Get hooks",
              "scopes": ["read:hooks"],
              "parameters": {
                "page": { "in": "query", "schema": { "type": "integer" }, "example": 0 },
                "fields": { "in": "query", "schema": { "type": "string" }, "example": "name,enabled", "description": "Fields to include" },
                "enabled": { "in": "query", "schema": { "type": "boolean" }, "example": true },
                "triggerId": { "in": "query", "schema": { "type": "array", "items": { "type": "string" } }, "example": ["a b", "c&d"] },
                "tags": { "in": "query", "style": "comma", "schema": { "type": "array", "items": { "type": "string" } }, "example": ["x,y", "z"] },
                "per_page": { "in": "query", "schema": { "type": "integer" } },
                "X-Request-Id": { "in": "header", "schema": { "type": "string" }, "example": "REQUEST_ID", "description": "Correlation id" }
              }
            },
            "hooks.secrets.create": {
              "method": "POST",
              "path": "/hooks/{id}/secrets",
              "summary": "Add hook secrets",
              "description": "Adds secrets | one or more.",
              "scopes": ["create:hooks", "update:hooks"],
              "parameters": { "id": { "in": "path", "schema": { "type": "string" }, "example": __ID__, "description": "ID of the hook" } },
              "body": {
                "name": "secrets",
                "schema": { "type": "object", "additionalProperties": { "type": "string" } },
                "example": { "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE" },
                "placeholders": { "HOOK_SECRET_KEY": "Name of the secret", "HOOK_SECRET_VALUE": "Value of the secret", "HOOK_ID": "duplicate, not shown" }
              }
            },
            "hooks.secrets.delete": {
              "method": "DELETE",
              "path": "/hooks/{id}/secrets",
              "summary": "Delete hook secrets",
              "scopes": ["delete:hooks"],
              "parameters": { "id": { "in": "path", "schema": { "type": "string" }, "example": "HOOK_ID", "description": "ID of the hook" } },
              "body": {
                "schema": { "type": "array", "items": { "type": "string" } },
                "example": ["HOOK_SECRET_KEY"]
              }
            }
          }
        }
        """;

    public static string Hooks { get; } = HooksWithId("\"HOOK_ID\"");

    /// <summary>The hooks description whose secrets.create path example is the given JSON value (hostile values, dot segments).</summary>
    public static string HooksWithId(string exampleJson) => HooksTemplate.Replace("__ID__", exampleJson, StringComparison.Ordinal);

    public static ApiDescription Read(string json)
    {
        var result = DescriptionReader.Read(json, "endpoints.json");
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Description!;
    }

    /// <summary>A span to find in errors: where a changed value "was read from".</summary>
    public static readonly SourceSpan MarkedSpan = new(1234, 4, 56, 7, 56, 11);

    /// <summary>
    /// The hooks model with one operation changed after validation, for values the validator already refuses: the
    /// request model must refuse them too when a model comes from elsewhere.
    /// </summary>
    public static ApiDescription HooksChanged(string operationId, Func<Operation, Operation> change)
    {
        var api = Read(Hooks);
        return api with { Operations = api.Operations.Select(o => o.Id == operationId ? change(o) : o).ToEquatableArray() };
    }

    public static Operation WithExample(this Operation operation, string parameter, JsonNode example) =>
        operation with { Parameters = operation.Parameters.Select(p => p.Name == parameter ? p with { Example = example } : p).ToEquatableArray() };
}
