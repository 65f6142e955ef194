using HookSnippets.Description;
using HookSnippets.Description.Json;

namespace HookSnippets.OpenApi.References;

/// <summary>
/// JSON Schema spellings that Swagger 2.0 and OpenAPI 3.0 do not allow but many of their files use (Slack's Web API,
/// for one), rewritten into what the reader of that version accepts, so the schema is imported instead of failing:
/// <list type="bullet">
/// <item><c>type: ["string", "null"]</c> → <c>type: string</c> and <c>nullable: true</c> (<c>x-nullable</c> in 2.0);
/// several non-null types → no type (any value);</item>
/// <item>the tuple form <c>items: [A, B]</c> → <c>items: {anyOf: [A, B]}</c> (any item in 2.0, which has no anyOf;
/// one schema: <c>items: A</c>).</item>
/// </list>
/// Each rewrite accepts every value the original accepted and is reported. OpenAPI 3.1 allows both spellings.
/// </summary>
internal static class OlderSchemaSpellings
{
    public static JsonObject Rewrite(JsonObject schema, bool swagger2, Action<string, string> note)
    {
        if (schema["type"] is JsonArray types)
        {
            var nonNull = types.Items.Where(t => t is not JsonString { Value: "null" }).ToList();
            var nullable = nonNull.Count < types.Items.Count;
            var members = schema.Members.Where(m => m.Name != "type").ToList();
            if (nonNull.Count == 1)
            {
                members.Insert(0, new JsonMember("type", types.Span, nonNull[0]));
            }

            if (nullable && nonNull.Count == 1)
            {
                members.Add(new JsonMember(swagger2 ? "x-nullable" : "nullable", types.Span, new JsonBoolean(true, types.Span)));
            }

            note("type", nonNull.Count == 1
                ? $"a list of types is JSON Schema, not {(swagger2 ? "Swagger 2.0" : "OpenAPI 3.0")}; read as one type{(nullable ? " that may be null" : string.Empty)}"
                : $"a list of types is JSON Schema, not {(swagger2 ? "Swagger 2.0" : "OpenAPI 3.0")}; read as any value");
            schema = schema with { Members = members.ToEquatableArray() };
        }

        if (schema["items"] is JsonArray tuple)
        {
            // Swagger 2.0 has no anyOf: there, items of several schemas may be any value.
            var items = tuple.Items.Count == 1 ? tuple.Items[0]
                : swagger2 ? new JsonObject(EquatableArray<JsonMember>.Empty, tuple.Span)
                : new JsonObject(new[] { new JsonMember("anyOf", tuple.Span, tuple) }.ToEquatableArray(), tuple.Span);
            note("items", "a list of item schemas (a tuple) is JSON Schema, not " + (swagger2 ? "Swagger 2.0" : "OpenAPI 3.0")
                + (tuple.Items.Count == 1 ? "; read as the schema of every item" : swagger2 ? "; items may be any value" : "; each item may match any of them"));
            schema = schema with { Members = schema.Members.Select(m => m.Name == "items" ? m with { Value = items } : m).ToEquatableArray() };
        }

        return schema;
    }
}
