using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// A form body's fields go in the order its schema declares them, the order the generated client's record writes
/// them (docs/endpoint-format.md, "Form bodies"): an example that lists them otherwise (OpenAPI examples often do) is
/// sent in declaration order, members the schema does not declare after them in the example's order.
/// </summary>
internal static class FormFieldOrder
{
    public static JsonNode Apply(ApiDescription api, RequestBody body, JsonNode example)
    {
        if (body.Kind != BodyKind.Form || example is not JsonObject members || Declared(api, body.Schema) is not { Count: > 0 } declared)
        {
            return example;
        }

        var ordered = members.Members
            .Select((member, index) => (member, index, rank: declared.IndexOf(member.Name)))
            .OrderBy(m => m.rank < 0 ? int.MaxValue : m.rank)
            .ThenBy(m => m.index)
            .Select(m => m.member)
            .ToEquatableArray();
        return members with { Members = ordered };
    }

    /// <summary>The declared property names: the schema's own, then each <c>allOf</c> part's, as the client shape merges them.</summary>
    private static List<string> Declared(ApiDescription api, Schema? schema)
    {
        var names = new List<string>();
        var target = Dereference(api, schema);
        if (target is null)
        {
            return names;
        }

        foreach (var property in target.Properties.Concat(target.AllOf.Select(part => Dereference(api, part)).OfType<Schema>().SelectMany(part => part.Properties)))
        {
            if (!names.Contains(property.Name))
            {
                names.Add(property.Name);
            }
        }

        return names;
    }

    private static Schema? Dereference(ApiDescription api, Schema? schema)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (schema?.Ref is not null)
        {
            schema = schema.RefName is { } name && seen.Add(name) ? api.FindType(name) : null;
        }

        return schema;
    }
}
