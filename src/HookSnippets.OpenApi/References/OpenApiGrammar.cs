namespace HookSnippets.OpenApi.References;

/// <summary>The OpenAPI objects (2.0, 3.0, 3.1) the reference walk tells apart.</summary>
internal enum ObjectKind
{
    Document,
    Components,
    PathItem,
    Operation,
    Callback,
    Parameter,
    RequestBody,
    MediaType,
    Encoding,
    Response,
    Header,
    Schema,

    /// <summary>Tag and Info: plain text members, which some specs write as a <c>$ref</c> to a text in another file.</summary>
    TextHolder,

    /// <summary>Example, Link, SecurityScheme: may be a <c>$ref</c> themselves, hold nothing to walk.</summary>
    Leaf,
}

/// <summary>How a member holds its objects: one, a map of them by name, or a list.</summary>
internal enum Shape
{
    One,
    Map,
    List,
}

/// <summary>
/// Which member of which OpenAPI object holds which objects, for 2.0, 3.0 and 3.1 at once (their member names do not
/// clash). The walk needs it to know where a <c>$ref</c> is a schema (kept as a named type), where it is another
/// object (inlined), and where a value is data to copy untouched (examples, defaults, extensions).
/// </summary>
internal static class OpenApiGrammar
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];

    // JSON Schema keywords holding a map of schemas, one schema (or a list for the old tuple form of items), a list.
    private static readonly HashSet<string> SchemaMaps = new(StringComparer.Ordinal) { "properties", "patternProperties", "$defs", "definitions", "dependentSchemas" };
    private static readonly HashSet<string> SchemaOnes = new(StringComparer.Ordinal)
    {
        "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames", "unevaluatedItems",
        "unevaluatedProperties", "additionalItems", "contentSchema",
    };

    private static readonly HashSet<string> SchemaLists = new(StringComparer.Ordinal) { "allOf", "oneOf", "anyOf", "prefixItems" };

    /// <summary>What the member <paramref name="name"/> of a <paramref name="parent"/> holds; null for data and unknown members.</summary>
    public static (ObjectKind Kind, Shape Shape)? Member(ObjectKind parent, string name)
    {
        if (name.StartsWith("x-", StringComparison.Ordinal))
        {
            return null;
        }

        return parent switch
        {
            ObjectKind.Document => name switch
            {
                "paths" or "webhooks" => (ObjectKind.PathItem, Shape.Map),
                "components" => (ObjectKind.Components, Shape.One),
                "tags" => (ObjectKind.TextHolder, Shape.List),
                "info" => (ObjectKind.TextHolder, Shape.One),
                "definitions" => (ObjectKind.Schema, Shape.Map),
                "parameters" => (ObjectKind.Parameter, Shape.Map),
                "responses" => (ObjectKind.Response, Shape.Map),
                _ => null,
            },
            ObjectKind.Components => name switch
            {
                "schemas" => (ObjectKind.Schema, Shape.Map),
                "responses" => (ObjectKind.Response, Shape.Map),
                "parameters" => (ObjectKind.Parameter, Shape.Map),
                "requestBodies" => (ObjectKind.RequestBody, Shape.Map),
                "headers" => (ObjectKind.Header, Shape.Map),
                "callbacks" => (ObjectKind.Callback, Shape.Map),
                "pathItems" => (ObjectKind.PathItem, Shape.Map),
                "examples" or "links" or "securitySchemes" => (ObjectKind.Leaf, Shape.Map),
                _ => null,
            },
            ObjectKind.PathItem => Array.IndexOf(Methods, name) >= 0 ? (ObjectKind.Operation, Shape.One)
                : name == "parameters" ? (ObjectKind.Parameter, Shape.List)
                : null,
            ObjectKind.Operation => name switch
            {
                "parameters" => (ObjectKind.Parameter, Shape.List),
                "requestBody" => (ObjectKind.RequestBody, Shape.One),
                "responses" => (ObjectKind.Response, Shape.Map),
                "callbacks" => (ObjectKind.Callback, Shape.Map),
                _ => null,
            },
            ObjectKind.Callback => (ObjectKind.PathItem, Shape.One),
            ObjectKind.Parameter or ObjectKind.Header => name switch
            {
                "schema" or "items" => (ObjectKind.Schema, Shape.One),
                "content" => (ObjectKind.MediaType, Shape.Map),
                "examples" => (ObjectKind.Leaf, Shape.Map),
                _ => null,
            },
            ObjectKind.RequestBody => name == "content" ? (ObjectKind.MediaType, Shape.Map) : null,
            ObjectKind.MediaType => name switch
            {
                "schema" => (ObjectKind.Schema, Shape.One),
                "examples" => (ObjectKind.Leaf, Shape.Map),
                "encoding" => (ObjectKind.Encoding, Shape.Map),
                _ => null,
            },
            ObjectKind.Encoding => name == "headers" ? (ObjectKind.Header, Shape.Map) : null,
            ObjectKind.Response => name switch
            {
                "content" => (ObjectKind.MediaType, Shape.Map),
                "headers" => (ObjectKind.Header, Shape.Map),
                "links" => (ObjectKind.Leaf, Shape.Map),
                "schema" => (ObjectKind.Schema, Shape.One),
                _ => null,
            },
            ObjectKind.Schema => SchemaMaps.Contains(name) ? (ObjectKind.Schema, Shape.Map)
                : SchemaOnes.Contains(name) ? (ObjectKind.Schema, Shape.One)
                : SchemaLists.Contains(name) ? (ObjectKind.Schema, Shape.List)
                : null,
            _ => null,
        };
    }

    public static bool IsMethod(string name) => Array.IndexOf(Methods, name) >= 0;
}
