using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// Simplifies what the description allows but generated clients cannot type, so the generator compiles the client
/// without warnings (src/HookSnippets.ClientShape/TypeResolver.cs has the rules):
/// <list type="bullet">
/// <item>a oneOf/anyOf that is not a single branch or the list shape (an array or a page object holding that array)
/// becomes the merge of its branches: objects → one open object with every property (a property the branches declare
/// differently becomes any value) and the properties all branches require; one scalar type → that type; arrays →
/// an array; anything else → any value;</item>
/// <item>an allOf whose parts are not all objects with properties becomes one object with the properties collected;</item>
/// <item>an enum whose values are not all strings becomes a <c>const</c> (one value) or is dropped.</item>
/// </list>
/// Each change accepts every value the original accepted and is reported with its place in endpoints.json.
/// </summary>
internal sealed class ClientShapes(IReadOnlyDictionary<string, Schema> types, ImportReport report)
{
    private const int MaxHops = 16;

    private readonly Dictionary<string, Schema> _simplified = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    /// <summary>The named type simplified (once; types it refers to are simplified first where recursion allows).</summary>
    public Schema SimplifyType(string name)
    {
        if (_simplified.TryGetValue(name, out var done))
        {
            return done;
        }

        _inProgress.Add(name);
        var result = Simplify(types[name], "endpoints.json#/types/" + name);
        _inProgress.Remove(name);
        _simplified[name] = result;
        return result;
    }

    public Schema Simplify(Schema schema, string location)
    {
        schema = schema with
        {
            Properties = schema.Properties.Select(p => p with { Schema = Simplify(p.Schema, JsonPointer.Append(JsonPointer.Append(location, "properties"), p.Name)) }).ToEquatableArray(),
            Items = schema.Items is { } items ? Simplify(items, JsonPointer.Append(location, "items")) : null,
            AdditionalProperties = schema.AdditionalProperties is { } map ? Simplify(map, JsonPointer.Append(location, "additionalProperties")) : null,
            AllOf = SimplifyAll(schema.AllOf, location, "allOf"),
            OneOf = SimplifyAll(schema.OneOf, location, "oneOf"),
            AnyOf = SimplifyAll(schema.AnyOf, location, "anyOf"),
        };
        schema = FixEnum(schema, location);
        schema = FixUnion(schema, location);
        return FixAllOf(schema, location);
    }

    private EquatableArray<Schema> SimplifyAll(EquatableArray<Schema> schemas, string location, string keyword) =>
        schemas.Select((s, i) => Simplify(s, JsonPointer.Append(JsonPointer.Append(location, keyword), i))).ToEquatableArray();

    private Schema FixEnum(Schema schema, string location)
    {
        if (schema.Enum.IsEmpty || schema.Enum.All(v => v is JsonString))
        {
            return schema;
        }

        if (schema.Enum.Count == 1)
        {
            report.Add(JsonPointer.Append(location, "enum"), "an enum of one non-string value is imported as const (generated clients type string enums only)");
            return schema with { Const = schema.Enum[0], Enum = EquatableArray<JsonNode>.Empty };
        }

        report.Add(JsonPointer.Append(location, "enum"), "an enum of non-string values is not imported (generated clients type string enums only)");
        return schema with { Enum = EquatableArray<JsonNode>.Empty };
    }

    private Schema FixUnion(Schema schema, string location)
    {
        var keyword = schema.OneOf.IsEmpty ? "anyOf" : "oneOf";
        var alternatives = schema.OneOf.IsEmpty ? schema.AnyOf : schema.OneOf;
        if (alternatives.IsEmpty)
        {
            return schema;
        }

        var nonNull = alternatives.Where(a => a.Type != SchemaType.Null || a.Ref is not null).ToList();
        if (nonNull.Count == 1 || IsListShape(nonNull))
        {
            return schema;
        }

        var merged = Merge(nonNull);
        report.Add(JsonPointer.Append(location, keyword), $"generated clients cannot type this union; imported as {Describe(merged)} that accepts every branch");
        return Combine(schema with { OneOf = EquatableArray<Schema>.Empty, AnyOf = EquatableArray<Schema>.Empty, Nullable = schema.Nullable || nonNull.Count < alternatives.Count }, merged);
    }

    private Schema FixAllOf(Schema schema, string location)
    {
        if (schema.AllOf.IsEmpty || (schema.AllOf.Count == 1 && schema.Properties.IsEmpty) || AllPartsAreObjects(schema))
        {
            return schema;
        }

        var properties = new List<SchemaProperty>(schema.Properties);
        var required = new List<string>(schema.Required);
        var scalars = new List<Schema>();
        foreach (var part in schema.AllOf)
        {
            Collect(part, properties, required, scalars, 0);
        }

        Schema result;
        if (properties.Count > 0)
        {
            result = schema with
            {
                Type = SchemaType.Object,
                Properties = properties.ToEquatableArray(),
                Required = required.Where(r => properties.Any(p => p.Name == r)).Distinct().ToEquatableArray(),
            };
        }
        else
        {
            result = Combine(schema with { Properties = EquatableArray<SchemaProperty>.Empty }, Merge(scalars));
        }

        report.Add(JsonPointer.Append(location, "allOf"), $"generated clients merge allOf of objects only; imported as {Describe(result)} with the parts' properties");
        return result with { AllOf = EquatableArray<Schema>.Empty };
    }

    private void Collect(Schema part, List<SchemaProperty> properties, List<string> required, List<Schema> scalars, int depth)
    {
        var target = Dereference(part);
        if (target is null || depth > MaxHops)
        {
            return;
        }

        foreach (var inner in target.AllOf)
        {
            Collect(inner, properties, required, scalars, depth + 1);
        }

        var alternatives = target.OneOf.IsEmpty ? target.AnyOf : target.OneOf;
        var source = alternatives.IsEmpty ? target : Merge(alternatives.ToList());
        properties.AddRange(source.Properties.Where(p => properties.All(q => q.Name != p.Name)));
        if (alternatives.IsEmpty)
        {
            required.AddRange(source.Required);
        }

        if (source.Properties.IsEmpty && target.AllOf.IsEmpty)
        {
            scalars.Add(source);
        }
    }

    /// <summary>One schema that accepts every branch.</summary>
    private Schema Merge(List<Schema> branches)
    {
        var targets = branches.Select(b => Dereference(b) ?? Schema.Create(SchemaType.Any)).ToList();
        if (targets.Count > 0 && targets.All(t => t.Type == SchemaType.Object || (t.Type == SchemaType.Any && !t.Properties.IsEmpty)))
        {
            var properties = new List<SchemaProperty>();
            foreach (var property in targets.SelectMany(t => t.Properties))
            {
                var index = properties.FindIndex(p => p.Name == property.Name);
                if (index < 0)
                {
                    properties.Add(property);
                }
                else if (properties[index].Schema != property.Schema)
                {
                    properties[index] = properties[index] with { Schema = Schema.Create(SchemaType.Any) with { Description = properties[index].Schema.Description } };
                }
            }

            var required = targets.Select(t => t.Required.AsEnumerable()).Aggregate((a, b) => a.Intersect(b)).Where(r => properties.Any(p => p.Name == r));
            var maps = targets.Select(t => t.AdditionalProperties).Distinct().ToList();
            return Schema.Create(SchemaType.Object) with
            {
                Properties = properties.ToEquatableArray(),
                Required = required.ToEquatableArray(),
                AdditionalProperties = properties.Count == 0 && maps.Count == 1 ? maps[0] : null,
            };
        }

        var kinds = targets.Select(t => t.Type).Distinct().ToList();
        if (kinds.Count == 1 && kinds[0] is SchemaType.String or SchemaType.Integer or SchemaType.Number or SchemaType.Boolean)
        {
            return Schema.Create(kinds[0]);
        }

        if (kinds.Count == 2 && kinds.Contains(SchemaType.Integer) && kinds.Contains(SchemaType.Number))
        {
            return Schema.Create(SchemaType.Number);
        }

        if (kinds.Count == 1 && kinds[0] == SchemaType.Array)
        {
            var items = targets.Select(t => t.Items).Distinct().ToList();
            return Schema.Create(SchemaType.Array) with { Items = items.Count == 1 ? items[0] : null };
        }

        return Schema.Create(SchemaType.Any);
    }

    /// <summary>The union replaced by <paramref name="merged"/>, keeping the schema's own documentation and nullability.</summary>
    private static Schema Combine(Schema schema, Schema merged) => merged with
    {
        Nullable = schema.Nullable || merged.Nullable,
        Title = schema.Title,
        Description = schema.Description,
        Default = schema.Default,
        Example = schema.Example,
        Properties = schema.Properties.Concat(merged.Properties.Where(p => schema.Properties.All(q => q.Name != p.Name))).ToEquatableArray(),
        Required = schema.Required.Concat(merged.Required).Distinct().ToEquatableArray(),
        Type = schema.Properties.IsEmpty ? merged.Type : SchemaType.Object,
    };

    /// <summary>The generator's list shape: an array and an object with exactly one array member of the same items.</summary>
    private bool IsListShape(List<Schema> alternatives)
    {
        if (alternatives.Count != 2)
        {
            return false;
        }

        for (var i = 0; i < 2; i++)
        {
            var array = Dereference(alternatives[i]);
            var page = Dereference(alternatives[1 - i]);
            if (array?.Type != SchemaType.Array || page is null || page.Properties.IsEmpty)
            {
                continue;
            }

            var arrays = page.Properties.Where(p => Dereference(p.Schema)?.Type == SchemaType.Array).ToList();
            if (arrays.Count == 1 && array.Items is { } items && Dereference(arrays[0].Schema)!.Items is { } pageItems
                && (items.Ref is not null || pageItems.Ref is not null ? items.Ref == pageItems.Ref : items == pageItems))
            {
                return true;
            }
        }

        return false;
    }

    private bool AllPartsAreObjects(Schema schema) =>
        schema.AllOf.All(part => Dereference(part) is { } target && !target.Properties.IsEmpty && target.OneOf.IsEmpty && target.AnyOf.IsEmpty && target.AllOf.IsEmpty);

    private Schema? Dereference(Schema schema)
    {
        for (var hops = 0; schema.RefName is { } name && hops < MaxHops; hops++)
        {
            if (!types.TryGetValue(name, out var target))
            {
                return null;
            }

            schema = _inProgress.Contains(name) ? target : SimplifyType(name);
        }

        return schema.RefName is null ? schema : null;
    }

    private static string Describe(Schema schema) => schema.Type switch
    {
        SchemaType.Any => "any value",
        SchemaType.Object => "an object",
        SchemaType.Array => "an array",
        _ => "a " + schema.Type.ToString().ToLowerInvariant(),
    };
}
