using System.Collections.Generic;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Reading;

/// <summary>Binds the JSON Schema subset of docs/endpoint-format.md.</summary>
internal sealed class SchemaBinder
{
    private static readonly string[] Members =
    {
        "type", "nullable", "$ref", "title", "description", "properties", "required", "additionalProperties", "items",
        "enum", "const", "default", "example", "minProperties", "maxProperties", "minItems", "maxItems", "minLength",
        "maxLength", "minimum", "maximum", "pattern", "format", "allOf", "oneOf", "anyOf", "deprecated", "readOnly", "writeOnly",
    };

    private static readonly string[] TypeNames = { "string", "integer", "number", "boolean", "object", "array", "null" };

    private static readonly string[] Formats = { "date-time", "date", "uri", "email", "uuid", "int32", "int64", "double", "float", "password", "byte", "binary" };

    private readonly BindingContext _context;

    public SchemaBinder(BindingContext context) => _context = context;

    public Schema? Bind(JsonNode node, string context)
    {
        var obj = _context.AsObject(node, context);
        if (obj is null)
        {
            return null;
        }

        _context.CheckMembers(obj, context, Members);
        var type = BindType(obj, context);
        var additional = obj["additionalProperties"];
        var additionalAllowed = true;
        Schema? additionalSchema = null;
        if (additional is JsonBoolean allowed)
        {
            additionalAllowed = allowed.Value;
        }
        else if (additional is not null)
        {
            additionalSchema = Bind(additional, $"'additionalProperties' of {context}");
        }

        var items = obj["items"] is { } itemsNode ? Bind(itemsNode, $"'items' of {context}") : null;
        var format = _context.OptionalString(obj, "format", context);
        if (format is not null && System.Array.IndexOf(Formats, format) < 0)
        {
            _context.Report(DiagnosticIds.InvalidValue, Severity.Warning, obj["format"]!.Span, $"Format '{format}' of {context} is not known and is not checked; known formats: {string.Join(", ", Formats)}.");
        }

        return new Schema(
            type,
            _context.OptionalBoolean(obj, "nullable", context) ?? false,
            _context.OptionalString(obj, "$ref", context),
            _context.OptionalString(obj, "title", context),
            _context.OptionalString(obj, "description", context),
            BindProperties(obj, context),
            _context.OptionalStrings(obj, "required", context),
            additionalAllowed,
            additionalSchema,
            items,
            BindEnum(obj, context),
            _context.Value(obj, "const", context),
            _context.Value(obj, "default", context),
            _context.Value(obj, "example", context),
            _context.OptionalCount(obj, "minProperties", context),
            _context.OptionalCount(obj, "maxProperties", context),
            _context.OptionalCount(obj, "minItems", context),
            _context.OptionalCount(obj, "maxItems", context),
            _context.OptionalCount(obj, "minLength", context),
            _context.OptionalCount(obj, "maxLength", context),
            _context.OptionalNumber(obj, "minimum", context),
            _context.OptionalNumber(obj, "maximum", context),
            _context.OptionalString(obj, "pattern", context),
            format,
            BindList(obj, "allOf", context),
            BindList(obj, "oneOf", context),
            BindList(obj, "anyOf", context),
            obj.Span);
    }

    private EquatableArray<JsonNode> BindEnum(JsonObject obj, string context)
    {
        var values = _context.Optional<JsonArray>(obj, "enum", context, "an array");
        LibraryNullMarker.Check(_context, values, $"'enum' of {context}");
        return values?.Items ?? EquatableArray<JsonNode>.Empty;
    }

    private SchemaType BindType(JsonObject obj, string context)
    {
        var text = _context.Optional<JsonString>(obj, "type", context, "a string (use \"nullable\": true for null unions)");
        if (text is null)
        {
            return SchemaType.Any;
        }

        var index = System.Array.IndexOf(TypeNames, text.Value);
        if (index < 0)
        {
            _context.Error(DiagnosticIds.InvalidValue, text.Span, $"'{text.Value}' is not a schema type of {context}: expected one of {string.Join(", ", TypeNames)}.");
            return SchemaType.Any;
        }

        return (SchemaType)(index + 1);
    }

    private EquatableArray<SchemaProperty> BindProperties(JsonObject obj, string context)
    {
        var properties = _context.Optional<JsonObject>(obj, "properties", context, "an object");
        if (properties is null)
        {
            return EquatableArray<SchemaProperty>.Empty;
        }

        var result = new List<SchemaProperty>(properties.Members.Count);
        foreach (var member in properties.Members)
        {
            if (Bind(member.Value, $"property '{member.Name}' of {context}") is { } schema)
            {
                result.Add(new SchemaProperty(member.Name, schema, member.NameSpan));
            }
        }

        return new EquatableArray<SchemaProperty>(result.ToArray());
    }

    private EquatableArray<Schema> BindList(JsonObject obj, string name, string context)
    {
        var array = _context.Optional<JsonArray>(obj, name, context, "an array of schemas");
        if (array is null)
        {
            return EquatableArray<Schema>.Empty;
        }

        var result = new List<Schema>(array.Items.Count);
        for (var i = 0; i < array.Items.Count; i++)
        {
            if (Bind(array.Items[i], $"'{name}[{i}]' of {context}") is { } schema)
            {
                result.Add(schema);
            }
        }

        return new EquatableArray<Schema>(result.ToArray());
    }
}
