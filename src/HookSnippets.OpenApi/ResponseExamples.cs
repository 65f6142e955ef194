using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Validation;

namespace HookSnippets.OpenApi;

/// <summary>
/// Response examples for reference pages, built from a response's schema by the same <see cref="ExampleBuilder"/>
/// that builds imported request examples (the schema's own examples and defaults first), and kept only when the
/// description's validator accepts them for that schema.
/// </summary>
public static class ResponseExamples
{
    public static Func<Schema, JsonNode?> For(ApiDescription api)
    {
        var types = api.Types.ToDictionary(t => t.Name, t => t.Schema, StringComparer.Ordinal);
        var validator = new SchemaValidator(api);
        var builder = new ExampleBuilder(types, validator, useSourceExamples: true, everyMember: true);
        return schema => builder.Build(schema, new ExampleNames([], schema.RefName ?? "value", null, null)) is { } value && validator.Validate(value, schema) is null ? value : null;
    }
}
