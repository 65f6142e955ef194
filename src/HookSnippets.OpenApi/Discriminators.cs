using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using Microsoft.OpenApi;

namespace HookSnippets.OpenApi;

/// <summary>
/// A discriminator says which value of one property selects which branch of a oneOf/anyOf. The description has no
/// discriminator keyword, but it can say the same thing: each branch that is a component gets that property as a
/// <c>const</c> (the mapping's key for it, else the component's name, as OpenAPI defines), unless the component
/// already fixes the property to one value (<c>role: {enum: [developer]}</c>), which is then its tag. Examples then pick one concrete branch with its tag, and the oneOf
/// stays exact: a value matches the one branch its tag names.
/// </summary>
internal static class Discriminators
{
    /// <summary>The schema with tagged branches, or null when the discriminator does not fit this shape (no union of components).</summary>
    public static Schema? Apply(Schema converted, IOpenApiSchema schema, Func<string, string?> componentOfType, IDictionary<string, IOpenApiSchema> components)
    {
        if (schema.Discriminator is not { PropertyName: { Length: > 0 } property } discriminator)
        {
            return null;
        }

        var branches = converted.OneOf.Count > 0 ? converted.OneOf : converted.AnyOf;
        if (branches.Count == 0 || !branches.All(b => b.RefName is { } name && componentOfType(name) is not null))
        {
            return null;
        }

        var tagged = new List<Schema>(branches.Count);
        var values = new HashSet<string>(StringComparer.Ordinal);
        foreach (var branch in branches)
        {
            var component = componentOfType(branch.RefName!)!;
            var fixedValue = FixedValue(components.TryGetValue(component, out var target) ? target : null, property);
            var value = fixedValue ?? discriminator.Mapping?.FirstOrDefault(m => m.Value.Reference?.Id == component).Key ?? component;
            if (!values.Add(value))
            {
                return null;
            }

            // A branch that fixes the property itself (role: enum [developer]) already says its tag.
            tagged.Add(fixedValue is not null ? branch : Schema.Create(SchemaType.Any) with { AllOf = new[] { branch, Tag(property, value) }.ToEquatableArray() });
        }

        return converted.OneOf.Count > 0 ? converted with { OneOf = tagged.ToEquatableArray() } : converted with { AnyOf = tagged.ToEquatableArray() };
    }

    private static Schema Tag(string property, string value) => Schema.Create(SchemaType.Object) with
    {
        Properties = new[] { new SchemaProperty(property, Schema.Create(SchemaType.String) with { Const = JsonValues.String(value) }, default) }.ToEquatableArray(),
        Required = new[] { property }.ToEquatableArray(),
    };

    /// <summary>The one value the component allows for the property (an enum of one value, or a const), if it fixes one.</summary>
    private static string? FixedValue(IOpenApiSchema? component, string property)
    {
        for (var hops = 0; component is OpenApiSchemaReference reference && hops < 16; hops++)
        {
            component = reference.Target;
        }

        if (component?.Properties is null || !component.Properties.TryGetValue(property, out var declared))
        {
            return null;
        }

        return declared.Const ?? (declared.Enum is { Count: 1 } one && one[0] is System.Text.Json.Nodes.JsonValue single && single.TryGetValue<string>(out var text) ? text : null);
    }
}
