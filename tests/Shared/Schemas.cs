using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Text;

namespace HookSnippets.Tests.Shared;

/// <summary>Terse builders for description model objects in tests.</summary>
internal static class Schemas
{
    private static int _offset;

    /// <summary>A distinct span per call, so a test can tell which schema a diagnostic points at.</summary>
    public static SourceSpan NextSpan()
    {
        var start = Interlocked.Add(ref _offset, 10);
        return new SourceSpan(start, 5, start / 100, start % 100, start / 100, (start % 100) + 5);
    }

    public static Schema String() => Schema.Create(SchemaType.String, NextSpan());

    public static Schema Integer() => Schema.Create(SchemaType.Integer, NextSpan());

    public static Schema Boolean() => Schema.Create(SchemaType.Boolean, NextSpan());

    public static Schema Ref(string type) => Schema.Create(SchemaType.Any, NextSpan()) with { Ref = Schema.RefPrefix + type };

    public static Schema Map(Schema values, int? min = null, int? max = null) =>
        Schema.Create(SchemaType.Object, NextSpan()) with { AdditionalProperties = values, MinProperties = min, MaxProperties = max };

    public static Schema Array(Schema items, int? minItems = null) =>
        Schema.Create(SchemaType.Array, NextSpan()) with { Items = items, MinItems = minItems };

    public static Schema Object(params (string Name, Schema Schema)[] properties) =>
        Schema.Create(SchemaType.Object, NextSpan()) with
        {
            Properties = properties.Select(p => new SchemaProperty(p.Name, p.Schema, NextSpan())).ToEquatableArray(),
            AdditionalPropertiesAllowed = false,
        };

    public static Schema Enum(params string[] values) =>
        String() with { Enum = values.Select(v => (JsonNode)new JsonString(v, NextSpan())).ToEquatableArray() };

    public static Schema OneOf(params Schema[] alternatives) =>
        Schema.Create(SchemaType.Any, NextSpan()) with { OneOf = alternatives.ToEquatableArray() };

    public static Schema Required(this Schema schema, params string[] names) => schema with { Required = names.ToEquatableArray() };

    public static JsonString Str(string value) => new(value, NextSpan());

    public static JsonNumber Num(string text) => new(text, NextSpan());

    public static JsonBoolean Bool(bool value) => new(value, NextSpan());

    public static JsonArray Arr(params JsonNode[] items) => new(items.ToEquatableArray(), NextSpan());

    public static JsonObject Obj(params (string Name, JsonNode Value)[] members) =>
        new(members.Select(m => new JsonMember(m.Name, NextSpan(), m.Value)).ToEquatableArray(), NextSpan());

    public static Parameter PathParameter(string name, JsonNode? example = null) =>
        new(name, ParameterLocation.Path, true, String(), example, EquatableArray<NamedExample>.Empty, null, ParameterStyle.Form, NextSpan());

    public static Parameter QueryParameter(string name, Schema schema, JsonNode? example = null, ParameterStyle style = ParameterStyle.Form) =>
        new(name, ParameterLocation.Query, false, schema, example, EquatableArray<NamedExample>.Empty, null, style, NextSpan());

    public static Parameter HeaderParameter(string name, Schema schema, bool required = false) =>
        new(name, ParameterLocation.Header, required, schema, null, EquatableArray<NamedExample>.Empty, null, ParameterStyle.Form, NextSpan());

    public static RequestBody Body(string? name, Schema schema, JsonNode? example = null, string contentType = "application/json") =>
        new(name, contentType, true, schema, example, EquatableArray<NamedExample>.Empty, EquatableArray<FieldEncoding>.Empty, EquatableArray<Placeholder>.Empty, null, NextSpan());

    public static Response Response(string status, Schema? schema = null) => new(status, null, schema, EquatableArray<NamedExample>.Empty, NextSpan());

    public static Operation Operation(
        string id,
        string method,
        string path,
        Parameter[]? parameters = null,
        RequestBody? body = null,
        Response[]? responses = null) =>
        new(
            id,
            NextSpan(),
            method,
            path,
            NextSpan(),
            null,
            null,
            EquatableArray<string>.Empty,
            null,
            (parameters ?? []).ToEquatableArray(),
            body,
            (responses ?? [Response("200")]).ToEquatableArray(),
            EquatableArray<ErrorResponse>.Empty,
            false,
            NextSpan());

    public static ApiDescription Api(Operation[] operations, params (string Name, Schema Schema)[] types) =>
        new(
            "test",
            null,
            null,
            "https://api.example.com/v1",
            NextSpan(),
            EquatableArray<ServerVariable>.Empty,
            new[] { new AuthScheme(AuthScheme.SingleName, AuthType.Bearer, "TOKEN", null, null, ApiKeyLocation.Header, null, EquatableArray<OAuthScope>.Empty, null, NextSpan()) }.ToEquatableArray(),
            new[] { new SecurityRequirement(new[] { AuthScheme.SingleName }.ToEquatableArray(), NextSpan()) }.ToEquatableArray(),
            types.Select(t => new NamedSchema(t.Name, t.Schema, NextSpan())).ToEquatableArray(),
            operations.ToEquatableArray());
}
