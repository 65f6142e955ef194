using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;
using Microsoft.OpenApi;

namespace HookSnippets.OpenApi;

/// <summary>
/// OpenAPI schemas to the description's schema subset. References to <c>components.schemas</c> become
/// <c>#/types/Name</c> (and mark the type as used); what the subset cannot say is simplified so that every value the
/// OpenAPI schema accepts is still accepted, and reported with the schema's JSON pointer.
/// </summary>
internal sealed class SchemaConverter(OpenApiSource source, TypeNames typeNames, ImportReport report)
{
    private const int MaxInlineDepth = 64;
    private const string ComponentsPointer = "#/components/schemas";

    private readonly List<string> _usedComponents = [];
    private readonly Dictionary<string, IOpenApiSchema> _components = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Components referenced so far, in first-use order; the importer converts them until none is new.</summary>
    public IReadOnlyList<string> UsedComponents => _usedComponents;

    public string TypeName(string component) => typeNames.Find(component)!;

    public Schema Convert(IOpenApiSchema schema, string pointer) => Convert(schema, pointer, 0);

    /// <summary>Whether the named type is a string, integer, number or boolean (so it may type a path or header parameter).</summary>
    public bool IsScalarComponent(string typeName) =>
        ComponentType(typeName) is SchemaType.String or SchemaType.Integer or SchemaType.Number or SchemaType.Boolean;

    /// <summary>The one non-null JSON type a named type declares, or <see cref="SchemaType.Any"/>.</summary>
    private SchemaType ComponentType(string typeName)
    {
        if (!_components.TryGetValue(typeName, out var schema))
        {
            return SchemaType.Any;
        }

        for (var hops = 0; schema is OpenApiSchemaReference reference && hops < 32; hops++)
        {
            schema = reference.Target;
        }

        return ((schema?.Type ?? 0) & ~JsonSchemaType.Null) switch
        {
            JsonSchemaType.String => SchemaType.String,
            JsonSchemaType.Integer => SchemaType.Integer,
            JsonSchemaType.Number => SchemaType.Number,
            JsonSchemaType.Boolean => SchemaType.Boolean,
            JsonSchemaType.Object => SchemaType.Object,
            JsonSchemaType.Array => SchemaType.Array,
            _ => schema?.Properties is { Count: > 0 } ? SchemaType.Object : SchemaType.Any,
        };
    }

    private Schema Convert(IOpenApiSchema schema, string pointer, int depth)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            return ConvertReference(reference, pointer, depth);
        }

        if (depth > MaxInlineDepth)
        {
            report.Add(pointer, "nested deeper than " + MaxInlineDepth + " inline schemas; imported as any value");
            return Schema.Create(SchemaType.Any);
        }

        var (type, nullable) = ConvertType(schema, pointer);
        var result = Schema.Create(type) with
        {
            Nullable = nullable,
            Title = schema.Title,
            Description = Text(schema.Description),
            MinLength = schema.MinLength,
            MaxLength = schema.MaxLength,
            MinItems = schema.MinItems,
            MaxItems = schema.MaxItems,
            MinProperties = schema.MinProperties,
            MaxProperties = schema.MaxProperties,
            Format = ConvertFormat(schema.Format, type, pointer),
            Pattern = ConvertPattern(schema.Pattern, pointer),
        };

        result = ConvertObject(schema, pointer, depth, result);
        if (schema.Items is not null)
        {
            result = result with { Items = Convert(schema.Items, JsonPointer.Append(pointer, "items"), depth + 1) };
        }

        result = ConvertBounds(schema, pointer, result);
        result = DropContradictions(result, pointer);
        result = ConvertValues(schema, pointer, result);
        result = result with
        {
            AllOf = ConvertAll(schema.AllOf, pointer, "allOf", depth),
            OneOf = ConvertAll(schema.OneOf, pointer, "oneOf", depth),
            AnyOf = ConvertAll(schema.AnyOf, pointer, "anyOf", depth),
        };
        var tagged = Discriminators.Apply(result, schema, typeNames.ComponentOfType, source.Document!.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>());
        ReportUnsupported(schema, pointer, discriminated: tagged is not null);
        return tagged ?? OneOfByJsonType(result, pointer);
    }

    private Schema ConvertReference(OpenApiSchemaReference reference, string pointer, int depth)
    {
        var id = reference.Reference.Id;
        var components = source.Document!.Components?.Schemas;
        if (id is not null && components is not null && components.ContainsKey(id) && typeNames.Find(id) is { } name)
        {
            if (_used.Add(id))
            {
                _usedComponents.Add(id);
                _components[name] = components[id];
            }

            return Schema.Create(SchemaType.Any) with
            {
                Ref = Schema.RefPrefix + name,
                Description = Text(reference.Reference.Description),
                Title = reference.Reference.Title,
            };
        }

        // References are resolved before the reader sees the document (ReferenceBundler), so every one names a component.
        report.Add(pointer, $"$ref '{reference.Reference.ReferenceV3 ?? id}' does not name a schema of the document; imported as any value");
        return Schema.Create(SchemaType.Any);
    }

    private (SchemaType Type, bool Nullable) ConvertType(IOpenApiSchema schema, string pointer)
    {
        var flags = schema.Type ?? 0;
        var nullable = (flags & JsonSchemaType.Null) != 0 && flags != JsonSchemaType.Null;
        var nonNull = flags & ~JsonSchemaType.Null;
        if (flags == JsonSchemaType.Null)
        {
            return (SchemaType.Null, false);
        }

        if (nonNull == 0)
        {
            // Properties or items without a type: the schema means an object or an array.
            var objectLike = schema.Properties is { Count: > 0 } || schema.AdditionalProperties is not null || !schema.AdditionalPropertiesAllowed;
            var composed = schema.AllOf is { Count: > 0 } || schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 };
            return (objectLike && !composed ? SchemaType.Object : schema.Items is not null && !composed ? SchemaType.Array : SchemaType.Any, nullable);
        }

        if ((nonNull & (nonNull - 1)) != 0)
        {
            report.Add(pointer, $"type [{string.Join(", ", nonNull.ToIdentifiers())}] has several non-null types, which the subset cannot express; imported as any value");
            return (SchemaType.Any, nullable);
        }

        return (nonNull switch
        {
            JsonSchemaType.String => SchemaType.String,
            JsonSchemaType.Integer => SchemaType.Integer,
            JsonSchemaType.Number => SchemaType.Number,
            JsonSchemaType.Boolean => SchemaType.Boolean,
            JsonSchemaType.Object => SchemaType.Object,
            _ => SchemaType.Array,
        }, nullable);
    }

    private Schema ConvertObject(IOpenApiSchema schema, string pointer, int depth, Schema result)
    {
        var properties = new List<SchemaProperty>();
        var csharpNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, propertySchema) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var propertyPointer = JsonPointer.Append(JsonPointer.Append(pointer, "properties"), name);
            if (!csharpNames.Add(Identifiers.ToPascalCase(name)))
            {
                report.Add(propertyPointer, $"property '{name}' has the same C# name as an earlier property; not imported");
                continue;
            }

            properties.Add(new SchemaProperty(name, Convert(propertySchema, propertyPointer, depth + 1), default));
        }

        var declared = properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var required = new List<string>();
        foreach (var name in schema.Required ?? new HashSet<string>())
        {
            if (declared.Contains(name))
            {
                required.Add(name);
            }
            else
            {
                report.Add(JsonPointer.Append(pointer, "required"), $"required member '{name}' is not declared in this schema's properties; the requirement is not imported");
            }
        }

        Schema? additional = schema.AdditionalProperties is { } extra ? Convert(extra, JsonPointer.Append(pointer, "additionalProperties"), depth + 1) : null;
        return result with
        {
            Properties = properties.ToEquatableArray(),
            Required = required.ToEquatableArray(),
            AdditionalPropertiesAllowed = schema.AdditionalPropertiesAllowed || additional is not null,
            AdditionalProperties = additional,
        };
    }

    private Schema ConvertBounds(IOpenApiSchema schema, string pointer, Schema result)
    {
        var minimum = Number(schema.Minimum, pointer, "minimum");
        var maximum = Number(schema.Maximum, pointer, "maximum");
        if (Number(schema.ExclusiveMinimum, pointer, "exclusiveMinimum") is { } exclusiveMinimum)
        {
            minimum = Tighten(exclusiveMinimum, minimum, result.Type, pointer, "exclusiveMinimum", +1, Math.Max);
        }

        if (Number(schema.ExclusiveMaximum, pointer, "exclusiveMaximum") is { } exclusiveMaximum)
        {
            maximum = Tighten(exclusiveMaximum, maximum, result.Type, pointer, "exclusiveMaximum", -1, Math.Min);
        }

        return result with { Minimum = minimum, Maximum = maximum };
    }

    /// <summary>An exclusive bound on an integer is the next integer inclusive; on a number it is kept inclusive (reported).</summary>
    private double Tighten(double exclusive, double? inclusive, SchemaType type, string pointer, string keyword, int step, Func<double, double, double> pick)
    {
        double bound;
        if (type == SchemaType.Integer)
        {
            bound = (step > 0 ? Math.Floor(exclusive) : Math.Ceiling(exclusive)) + step;
        }
        else
        {
            bound = exclusive;
            report.Add(JsonPointer.Append(pointer, keyword), $"{keyword} {exclusive} is imported as an inclusive bound (the subset has inclusive bounds only)");
        }

        return inclusive is { } other ? pick(bound, other) : bound;
    }

    /// <summary>Bounds that no value can meet (minLength above maxLength...) would make the description invalid: both are dropped.</summary>
    private Schema DropContradictions(Schema schema, string pointer)
    {
        if (schema.MinLength > schema.MaxLength)
        {
            report.Add(pointer, $"minLength {schema.MinLength} is above maxLength {schema.MaxLength}; neither is imported");
            schema = schema with { MinLength = null, MaxLength = null };
        }

        if (schema.MinItems > schema.MaxItems)
        {
            report.Add(pointer, $"minItems {schema.MinItems} is above maxItems {schema.MaxItems}; neither is imported");
            schema = schema with { MinItems = null, MaxItems = null };
        }

        if (schema.MinProperties > schema.MaxProperties)
        {
            report.Add(pointer, $"minProperties {schema.MinProperties} is above maxProperties {schema.MaxProperties}; neither is imported");
            schema = schema with { MinProperties = null, MaxProperties = null };
        }

        if (schema.Minimum > schema.Maximum)
        {
            report.Add(pointer, $"minimum {schema.Minimum} is above maximum {schema.Maximum}; neither is imported");
            schema = schema with { Minimum = null, Maximum = null };
        }

        return schema;
    }

    private double? Number(string? text, string pointer, string keyword)
    {
        if (text is null)
        {
            return null;
        }

        if (JsonValues.TryParseNumber(text, out var value))
        {
            return value;
        }

        report.Add(JsonPointer.Append(pointer, keyword), $"'{text}' is not a number; not imported");
        return null;
    }

    private Schema ConvertValues(IOpenApiSchema schema, string pointer, Schema result)
    {
        var values = new List<JsonNode>();
        var nullable = result.Nullable;
        foreach (var value in schema.Enum ?? [])
        {
            var node = JsonValues.From(value);
            if (node is JsonNull)
            {
                nullable |= result.Type != SchemaType.Null;
                continue;
            }

            if (!values.Any(v => JsonWriter.DeepEquals(v, node)))
            {
                values.Add(node);
            }
        }

        if (values.Count > 0 && values.All(v => v is JsonString))
        {
            var names = values.Select(v => Identifiers.ToPascalCase(((JsonString)v).Value)).ToList();
            if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
            {
                report.Add(JsonPointer.Append(pointer, "enum"), "two enum values have the same C# name; the enum is not imported (any string is accepted)");
                values.Clear();
            }
        }

        return result with
        {
            Nullable = (nullable && result.Type != SchemaType.Null) || result.Nullable,
            Enum = values.ToEquatableArray(),
            Const = Const(schema.Const, result.Type) ?? ConstNull(pointer),
            Default = schema.Default is null ? null : JsonValues.From(schema.Default),
            Example = Example(schema),
        };
    }

    private static JsonNode? Example(IOpenApiSchema schema)
    {
        if (schema.Examples is { Count: > 0 } examples)
        {
            return JsonValues.From(examples[0]);
        }

        // OpenAPI 3.0 files spell it 'example'; Microsoft.OpenApi keeps it there, marked obsolete for 3.1 writers.
#pragma warning disable CS0618
        return schema.Example is { } example ? JsonValues.From(example) : null;
#pragma warning restore CS0618
    }

    private JsonNull? ConstNull(string pointer) => source.ConstNulls.Contains(pointer) ? new JsonNull(default) : null;

    /// <summary>Microsoft.OpenApi keeps <c>const</c> as text: a string for string schemas, else the JSON it spells.</summary>
    private static JsonNode? Const(string? text, SchemaType type)
    {
        if (text is null)
        {
            return null;
        }

        if (type != SchemaType.String)
        {
            if (text is "true" or "false")
            {
                return new JsonBoolean(text == "true", default);
            }

            if (text == "null")
            {
                return new JsonNull(default);
            }

            if (JsonValues.NumberText(text) is { } number && JsonValues.TryParseNumber(number, out _))
            {
                return new JsonNumber(number, default);
            }
        }

        return JsonValues.String(text);
    }

    /// <summary>
    /// A oneOf whose branches are not told apart by their JSON type (two object branches, or branches that became
    /// equal once formats were dropped) may match a value twice; without a discriminator the subset cannot say which,
    /// so it is imported as anyOf, which accepts every value the oneOf accepts.
    /// </summary>
    private Schema OneOfByJsonType(Schema schema, string pointer)
    {
        if (schema.OneOf.Count < 2)
        {
            return schema;
        }

        var types = schema.OneOf.Select(b => b.RefName is { } name ? ComponentType(name) : b.Type).ToList();
        if (types.All(t => t != SchemaType.Any) && types.Distinct().Count() == types.Count)
        {
            return schema;
        }

        report.Add(JsonPointer.Append(pointer, "oneOf"), "oneOf branches are not distinguished by JSON type; imported as anyOf (exactly-one is not checked)");
        return schema with { AnyOf = schema.AnyOf.Concat(schema.OneOf).ToEquatableArray(), OneOf = EquatableArray<Schema>.Empty };
    }

    private EquatableArray<Schema> ConvertAll(IList<IOpenApiSchema>? schemas, string pointer, string keyword, int depth)
    {
        if (schemas is null || schemas.Count == 0)
        {
            return EquatableArray<Schema>.Empty;
        }

        var list = new List<Schema>(schemas.Count);
        for (var i = 0; i < schemas.Count; i++)
        {
            list.Add(Convert(schemas[i], JsonPointer.Append(JsonPointer.Append(pointer, keyword), i), depth + 1));
        }

        return list.ToEquatableArray();
    }

    private string? ConvertFormat(string? format, SchemaType type, string pointer)
    {
        if (format is null)
        {
            return null;
        }

        if (type == SchemaType.String && format is "date-time" or "uri")
        {
            return format;
        }

        if (type is not (SchemaType.Integer or SchemaType.Number) || format is not ("int32" or "int64" or "float" or "double"))
        {
            report.Add(JsonPointer.Append(pointer, "format"), $"format '{format}' is not in the subset (date-time, uri); not checked, used for examples only");
        }

        return null;
    }

    private string? ConvertPattern(string? pattern, string pointer)
    {
        if (pattern is null)
        {
            return null;
        }

        if (Patterns.Compile(pattern, out var error) is null)
        {
            report.Add(JsonPointer.Append(pointer, "pattern"), "pattern is not a valid regular expression (" + error + "); not imported");
            return null;
        }

        return pattern;
    }

    private void ReportUnsupported(IOpenApiSchema schema, string pointer, bool discriminated)
    {
        void Unsupported(bool present, string keyword, string what) { if (present) { report.Add(JsonPointer.Append(pointer, keyword), what); } }

        Unsupported(schema.Not is not null, "not", "'not' cannot be expressed; not imported (values it excludes are accepted)");
        Unsupported(schema.PatternProperties is { Count: > 0 }, "patternProperties", "patternProperties cannot be expressed; not imported");
        Unsupported(schema.Discriminator is not null && !discriminated, "discriminator", "discriminator is imported only on a oneOf/anyOf of components with distinct values; here the branches are imported without it");
        Unsupported(schema.MultipleOf is not null, "multipleOf", "multipleOf cannot be expressed; not imported");
        Unsupported(schema.UniqueItems == true, "uniqueItems", "uniqueItems cannot be expressed; not imported");
        Unsupported(schema.DependentRequired is { Count: > 0 }, "dependentRequired", "dependentRequired cannot be expressed; not imported");
        Unsupported(schema.ReadOnly, "readOnly", "readOnly is not in the subset; the member is declared for requests too");
        Unsupported(schema.WriteOnly, "writeOnly", "writeOnly is not in the subset; the member is declared for responses too");
        Unsupported(schema.Deprecated, "deprecated", "deprecated is not in the subset for schemas; not imported");
        Unsupported(!schema.UnevaluatedProperties, "unevaluatedProperties", "unevaluatedProperties cannot be expressed; not imported");
        if (schema is OpenApiSchema full)
        {
            Unsupported(full.UnevaluatedPropertiesSchema is not null, "unevaluatedProperties", "unevaluatedProperties cannot be expressed; not imported");
            Unsupported(full.If is not null, "if", "if/then/else cannot be expressed; not imported");
            Unsupported(full.Contains is not null, "contains", "contains cannot be expressed; not imported");
            Unsupported(full.PropertyNames is not null, "propertyNames", "propertyNames cannot be expressed; not imported");
            Unsupported(full.DependentSchemas is { Count: > 0 }, "dependentSchemas", "dependentSchemas cannot be expressed; not imported");
        }

        foreach (var keyword in schema.UnrecognizedKeywords?.Keys ?? [])
        {
            report.Add(JsonPointer.Append(pointer, keyword), $"keyword '{keyword}' is not known to the OpenAPI reader; not imported");
        }
    }

    internal static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    internal static string ComponentPointer(string component) => JsonPointer.Append(ComponentsPointer, component);
}
