using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Validation;

namespace HookSnippets.OpenApi;

/// <summary>
/// Gives every operation the examples its expected request needs: each path parameter and each required query or
/// header parameter, and the body. The file's examples win when they match their schema; the rest is built from the
/// schemas (<see cref="ExampleBuilder"/>), first with the file's examples and defaults of members, then without.
/// Every value is checked against the schema as the file wrote it (before the C# client's simplifications, which
/// only widen it), so whatever the file's unions and discriminators demand holds.
/// </summary>
internal sealed class ExampleFiller
{
    private readonly SchemaValidator _validator;
    private readonly ExampleBuilder _withSourceExamples;
    private readonly ExampleBuilder _builtOnly;
    private readonly ImportReport _report;

    public ExampleFiller(IReadOnlyDictionary<string, Schema> types, ImportReport report)
    {
        var named = types.Select(t => new NamedSchema(t.Key, t.Value, default)).ToEquatableArray();
        _validator = new SchemaValidator(new ApiDescription("Import", null, null, "https://example.com", default, EquatableArray<ServerVariable>.Empty, EquatableArray<AuthScheme>.Empty, EquatableArray<SecurityRequirement>.Empty, named, EquatableArray<Operation>.Empty));
        _withSourceExamples = new ExampleBuilder(types, _validator, useSourceExamples: true);
        _builtOnly = new ExampleBuilder(types, _validator, useSourceExamples: false);
        _report = report;
    }

    /// <summary>The operation with examples, or null when a path parameter gets none (reported).</summary>
    public Operation? Fill(Operation operation)
    {
        var location = Location(operation);
        var parameters = new List<Parameter>();
        foreach (var parameter in operation.Parameters)
        {
            var filled = FillParameter(operation, parameter);
            if (filled.Example is null && parameter.In == ParameterLocation.Path)
            {
                _report.Add(location, $"operation not imported: no valid example can be built for path parameter '{parameter.Name}' (its pattern is too complex)");
                return null;
            }

            if (filled.Example is null && parameter.Required)
            {
                _report.Add(location, $"no valid example can be built for required parameter '{parameter.Name}'; samples leave it out");
            }

            parameters.Add(filled);
        }

        return operation with
        {
            Parameters = parameters.ToEquatableArray(),
            Body = operation.Body is { } body ? FillBody(operation, body) : null,
            Responses = operation.Responses.Select(r => r with { Examples = KeptExamples(operation, r.Examples, r.Schema, $"response {r.Status}").ToEquatableArray() }).ToEquatableArray(),
        };
    }

    private Parameter FillParameter(Operation operation, Parameter parameter)
    {
        if (parameter.Examples.Count > 0)
        {
            var kept = parameter.Examples.Where(e => Sendable(operation, e, parameter)).ToEquatableArray();
            parameter = parameter with { Examples = kept, Example = kept.Count > 0 ? kept[0].Value : null };
        }

        if (parameter.Example is { } given)
        {
            if (Mismatch(given, parameter.Schema) is not { } problem)
            {
                return parameter;
            }

            _report.Add(Location(operation), $"the file's example of parameter '{parameter.Name}' does not match its schema ({problem}); " + (parameter.Required || parameter.In == ParameterLocation.Path ? "a built one is used" : "not imported"));
            parameter = parameter with { Example = null };
        }

        if (!(parameter.Required || parameter.In == ParameterLocation.Path))
        {
            return parameter;
        }

        var stem = parameter.In == ParameterLocation.Path ? Placeholders.PathParameterStem(operation.Path, parameter.Name) : [];
        var names = new ExampleNames(stem, parameter.Name, parameter.Description, null);
        var example = Usable(_withSourceExamples.Build(parameter.Schema, names), parameter) ?? Usable(_builtOnly.Build(parameter.Schema, names), parameter);
        return example is null
            ? parameter
            : parameter with
            {
                Example = example,
                Description = parameter.Description ?? $"Value of the {parameter.In.ToString().ToLowerInvariant()} parameter {parameter.Name}.",
            };
    }

    private bool Sendable(Operation operation, NamedExample example, Parameter parameter)
    {
        if (Usable(example.Value, parameter) is not null)
        {
            return true;
        }

        _report.Add(Location(operation), $"example '{example.Name}' of parameter '{parameter.Name}' does not match its schema or cannot be sent where the parameter goes; not imported");
        return false;
    }

    /// <summary>A value that fits the parameter: valid, a scalar (an array for a query), and not a dot segment in a path.</summary>
    private JsonNode? Usable(JsonNode? example, Parameter parameter)
    {
        if (example is null or JsonObject or JsonNull || (example is JsonArray && parameter.In != ParameterLocation.Query)
            || (parameter.In == ParameterLocation.Path && example is JsonString { Value: "" or "." or ".." }))
        {
            return null;
        }

        return Mismatch(example, parameter.Schema) is null ? example : null;
    }

    private RequestBody FillBody(Operation operation, RequestBody body)
    {
        var files = UploadFiles.Of(body);
        body = body with { Examples = KeptExamples(operation, body.Examples.Select(e => e with { Value = files.Fill(e.Value) }), body.Schema, "body").ToEquatableArray() };
        var given = body.Examples.Count > 0 ? body.Examples[0].Value : body.Example is { } single ? files.Fill(single) : null;
        if (given is not null)
        {
            if (Mismatch(given, body.Schema) is not { } problem)
            {
                return files.WithPlaceholders(body with { Example = given });
            }

            _report.Add(Location(operation), $"the file's body example does not match its schema ({problem}); a built example is used");
        }

        var stem = Placeholders.ResourceStem(operation.Path);
        var built = Build(_withSourceExamples, body, stem, files) ?? Build(_builtOnly, body, stem, files);
        if (built is null)
        {
            _report.Add(Location(operation), "no valid body example can be built (a pattern too complex, or a required recursive member); samples send no body");
            return body with { Example = null };
        }

        return files.WithPlaceholders(built);
    }

    /// <summary>The named examples that match their schema, in order; the others are noted.</summary>
    private IEnumerable<NamedExample> KeptExamples(Operation operation, IEnumerable<NamedExample> examples, Schema? schema, string owner)
    {
        foreach (var example in examples)
        {
            if (schema is not null && Mismatch(example.Value, schema) is { } problem)
            {
                _report.Add(Location(operation), $"example '{example.Name}' of the {owner} does not match its schema ({problem}); not imported");
                continue;
            }

            yield return example;
        }
    }

    private RequestBody? Build(ExampleBuilder builder, RequestBody body, IReadOnlyList<string> stem, UploadFiles files)
    {
        var placeholders = new List<Placeholder>();
        var example = builder.Build(body.Schema, new ExampleNames(stem, string.Empty, body.Description, placeholders)) is { } raw ? files.Fill(raw) : null;
        if (body.Kind == BodyKind.Text && example is not JsonString)
        {
            // A text body whose schema says nothing (or not "string") is still text.
            var text = Placeholders.Join(stem, "text");
            placeholders.Add(new Placeholder(text, body.Description ?? "The text of the body."));
            example = JsonValues.String(text);
        }

        if (example is null || Mismatch(example, body.Schema) is not null)
        {
            return null;
        }

        var distinct = placeholders.GroupBy(p => p.Value, StringComparer.Ordinal).Select(g => g.First());
        return body with { Example = example, Placeholders = distinct.ToEquatableArray() };
    }

    private string? Mismatch(JsonNode value, Schema schema) =>
        _validator.Validate(value, schema) is { } violation ? $"at {violation.Path}: {violation.Reason}" : null;

    private static string Location(Operation operation) => JsonPointer.Append("endpoints.json#/operations", operation.Id);
}
