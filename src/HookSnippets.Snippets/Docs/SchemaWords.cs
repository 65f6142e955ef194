using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Docs;

/// <summary>Schemas in the words of a reference page's tables, and the members a table lists.</summary>
internal static class SchemaWords
{
    private const int ListedEnumValues = 6;

    public static TypeText Describe(Schema schema)
    {
        var parts = new List<TypePart>();
        Words(schema, parts);
        return new TypeText(parts);
    }

    /// <summary>
    /// The members of an object schema in declared order, with whether each is required, following a
    /// <c>$ref</c> and merging <c>allOf</c> parts; empty for anything else.
    /// </summary>
    public static IReadOnlyList<(SchemaProperty Property, bool Required)> Members(ApiDescription api, Schema schema, int depth = 0)
    {
        if (depth > 8)
        {
            return [];
        }

        if (schema.RefName is { } name)
        {
            return api.FindType(name) is { } named ? Members(api, named, depth + 1) : [];
        }

        var members = new List<(SchemaProperty, bool)>();
        foreach (var part in schema.AllOf)
        {
            members.AddRange(Members(api, part, depth + 1));
        }

        foreach (var property in schema.Properties)
        {
            members.Add((property, schema.Required.Contains(property.Name)));
        }

        return members;
    }

    private static void Words(Schema schema, List<TypePart> parts)
    {
        var start = parts.Count;
        Core(schema, parts);
        if (schema.Nullable && !(parts.Count > start && parts[^1] is { IsType: false, Text: var last } && last.EndsWith(" or null", StringComparison.Ordinal)))
        {
            parts.Add(new TypePart(" or null", false));
        }
    }

    private static void Core(Schema schema, List<TypePart> parts)
    {
        if (schema.RefName is { } name)
        {
            parts.Add(new TypePart(name, true));
        }
        else if (schema.Const is { } constant)
        {
            parts.Add(new TypePart("constant " + Value(constant), false));
        }
        else if (schema.Enum.Count > 0)
        {
            var values = string.Join(", ", schema.Enum.Take(ListedEnumValues).Select(Value)) + (schema.Enum.Count > ListedEnumValues ? ", …" : string.Empty);
            parts.Add(new TypePart((schema.Type == SchemaType.Any ? "one of " : TypeName(schema) + ", one of ") + values, false));
        }
        else if (schema.AllOf.Count == 1 && schema.Properties.Count == 0)
        {
            Words(schema.AllOf[0], parts);
        }
        else if ((schema.OneOf.Count > 0 ? schema.OneOf : schema.AnyOf) is { Count: > 0 } union)
        {
            for (var i = 0; i < union.Count; i++)
            {
                if (i > 0)
                {
                    parts.Add(new TypePart(" or ", false));
                }

                Words(union[i], parts);
            }
        }
        else if (schema.Type == SchemaType.Array && schema.Items is { } items)
        {
            parts.Add(new TypePart("array of ", false));
            Words(items, parts);
        }
        else if (schema.Type == SchemaType.Object && schema.Properties.Count == 0 && schema.AdditionalProperties is { } values)
        {
            parts.Add(new TypePart("map of ", false));
            Words(values, parts);
        }
        else
        {
            parts.Add(new TypePart(TypeName(schema), false));
        }
    }

    private static string TypeName(Schema schema)
    {
        var name = schema.Type switch
        {
            SchemaType.Any => "any",
            SchemaType.Null => "null",
            _ => schema.Type.ToString().ToLowerInvariant(),
        };
        return schema.Format is { } format ? name + " (" + format + ")" : name;
    }

    /// <summary>Values as JSON writes them (<c>"secret"</c>, <c>3</c>), so a string and a number never look alike.</summary>
    private static string Value(JsonNode value) => JsonWriter.Write(value, indented: false);
}
