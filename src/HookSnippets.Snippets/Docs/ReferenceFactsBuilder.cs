using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Docs;

/// <summary>The reference facts of an operation, read from its description (docs/templates.md, "Docs pages").</summary>
public static class ReferenceFactsBuilder
{
    private static readonly string[] ErrorCodeMembers = ["errorCode", "error_code", "code", "error"];

    /// <param name="synthesise">A response example built from a schema and valid for it, or null when none can be built.</param>
    public static ReferenceFacts Build(ApiDescription api, Operation operation, Func<Schema, JsonNode?> synthesise) => new(
        operation.Parameters.Select(p => new ParameterRow(
            p.Name,
            p.In.ToString().ToLowerInvariant(),
            SchemaWords.Describe(p.Schema),
            p.Required,
            p.Description ?? p.Schema.Description,
            p.Example is { } example ? ExampleText(example) : null)).ToArray(),
        operation.Body is { } body ? Body(api, body) : null,
        operation.Responses.Select(r => new ResponseFacts(
            r.Status,
            r.Description,
            r.Schema is { } schema ? SchemaWords.Describe(schema) : null,
            r.Examples.Count > 0
                ? r.Examples.Select(e => new ResponseExample(e.Name, e.Summary, JsonWriter.Write(e.Value, indented: true), Synthesised: false)).ToArray()
                : r.Schema is { } described && synthesise(described) is { } built ? [new ResponseExample(null, null, JsonWriter.Write(built, indented: true), Synthesised: true)] : [])).ToArray(),
        operation.Errors.Select(e => new ErrorRow(e.Status, ErrorCode(e), e.Message)).ToArray());

    /// <summary>A field table one level deep: an inline object member's own members follow it as <c>parent.child</c>.</summary>
    private static BodyFacts Body(ApiDescription api, RequestBody body)
    {
        var fields = new List<FieldRow>();
        foreach (var (property, required) in SchemaWords.Members(api, body.Schema))
        {
            fields.Add(new FieldRow(property.Name, SchemaWords.Describe(property.Schema), required, property.Schema.Description));
            if (property.Schema.RefName is null)
            {
                var inner = property.Schema.Type == SchemaType.Array && property.Schema.Items is { RefName: null } items ? items : property.Schema;
                var prefix = property.Name + (ReferenceEquals(inner, property.Schema) ? "." : "[].");
                fields.AddRange(SchemaWords.Members(api, inner).Select(m => new FieldRow(prefix + m.Property.Name, SchemaWords.Describe(m.Property.Schema), m.Required, m.Property.Schema.Description)));
            }
        }

        return new BodyFacts(body.ContentType, SchemaWords.Describe(body.Schema), body.Description ?? body.Schema.Description, fields);
    }

    private static string ExampleText(JsonNode example) => example switch
    {
        JsonString s => s.Value,
        JsonArray array => string.Join(", ", array.Items.Select(ExampleText)),
        _ => JsonWriter.Write(example, indented: false),
    };

    private static string? ErrorCode(ErrorResponse error) =>
        error.Examples.Select(e => e.Value).OfType<JsonObject>()
            .SelectMany(o => ErrorCodeMembers.Select(name => o[name]).OfType<JsonString>())
            .Select(s => s.Value)
            .FirstOrDefault();
}
