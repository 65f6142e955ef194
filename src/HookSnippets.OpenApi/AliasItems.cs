using HookSnippets.Description;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;

namespace HookSnippets.OpenApi;

/// <summary>
/// A named array or map type whose items are an inline object (or string enum) gets that object as a named type of
/// its own (<c>AculConfigs</c> items → <c>AculConfigsItem</c>). Generated clients inline array and map aliases at each
/// use, and would otherwise declare the item type twice under the same name.
/// </summary>
internal static class AliasItems
{
    public static List<NamedSchema> Hoist(List<NamedSchema> types)
    {
        var taken = types.Select(t => Identifiers.ToPascalCase(t.Name)).ToHashSet(StringComparer.Ordinal);
        var result = new List<NamedSchema>(types.Count);
        foreach (var type in types)
        {
            var schema = type.Schema;
            var extra = new List<NamedSchema>();
            if (schema.RefName is null && schema.Properties.IsEmpty && schema.Type == SchemaType.Array && schema.Items is { } items && NeedsName(items))
            {
                schema = schema with { Items = Named(type.Name + "Item", items, taken, extra) };
            }
            else if (schema.RefName is null && schema.Properties.IsEmpty && schema.Type == SchemaType.Object && schema.AdditionalProperties is { } values && NeedsName(values))
            {
                schema = schema with { AdditionalProperties = Named(type.Name + "Value", values, taken, extra) };
            }

            result.Add(type with { Schema = schema });
            result.AddRange(extra);
        }

        return result;
    }

    /// <summary>Schemas the generator turns into a declared C# type (a record or an enum).</summary>
    private static bool NeedsName(Schema schema) =>
        schema.RefName is null && (!schema.Properties.IsEmpty || !schema.AllOf.IsEmpty || (!schema.Enum.IsEmpty && schema.Enum.All(v => v is Description.Json.JsonString)));

    private static Schema Named(string baseName, Schema schema, HashSet<string> taken, List<NamedSchema> extra)
    {
        var name = baseName;
        for (var n = 2; !taken.Add(Identifiers.ToPascalCase(name)); n++)
        {
            name = baseName + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        extra.Add(new NamedSchema(name, schema, default));
        return Schema.Create(SchemaType.Any) with { Ref = Schema.RefPrefix + name };
    }
}
