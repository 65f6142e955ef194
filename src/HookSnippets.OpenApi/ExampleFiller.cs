using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// Gives every operation the examples its expected request needs: each path parameter and each required query or
/// header parameter, and the body. The file's examples win; the rest is built from the schemas
/// (<see cref="ExampleBuilder"/>). Also keeps, per body whose example came from the file, a built one to fall back on
/// if the file's example does not validate.
/// </summary>
internal sealed class ExampleFiller(IReadOnlyDictionary<string, Schema> types, ImportReport report)
{
    private readonly ExampleBuilder _withSourceExamples = new(types, useSourceExamples: true);
    private readonly ExampleBuilder _builtOnly = new(types, useSourceExamples: false);

    /// <summary>Built body examples (and their placeholders) by operation id, for bodies whose example came from the file.</summary>
    public Dictionary<string, RequestBody> FallbackBodies { get; } = new(StringComparer.Ordinal);

    /// <summary>The operation with examples, or null when a path parameter gets none (reported).</summary>
    public Operation? Fill(Operation operation)
    {
        var location = operation.Method + " " + operation.Path;
        var parameters = new List<Parameter>();
        foreach (var parameter in operation.Parameters)
        {
            var filled = FillParameter(operation, parameter);
            if (filled.Example is null && parameter.In == ParameterLocation.Path)
            {
                report.Add(location, $"operation not imported: no valid example can be built for path parameter '{parameter.Name}' (its pattern is too complex)");
                return null;
            }

            if (filled.Example is null && parameter.Required)
            {
                report.Add(location, $"no valid example can be built for required parameter '{parameter.Name}'; samples leave it out");
            }

            parameters.Add(filled);
        }

        var body = operation.Body;
        if (body is not null)
        {
            var stem = Placeholders.ResourceStem(operation.Path);
            if (body.Example is not null)
            {
                FallbackBodies[operation.Id] = Build(_builtOnly, body, stem);
            }
            else
            {
                body = Build(_withSourceExamples, body, stem);
                if (body.Example is null)
                {
                    report.Add(location, "no valid body example can be built (a pattern too complex, or a required recursive member); samples send no body");
                }
            }
        }

        return operation with { Parameters = parameters.ToEquatableArray(), Body = body };
    }

    private Parameter FillParameter(Operation operation, Parameter parameter)
    {
        if (parameter.Example is not null || !(parameter.Required || parameter.In == ParameterLocation.Path))
        {
            return parameter;
        }

        var stem = parameter.In == ParameterLocation.Path ? Placeholders.PathParameterStem(operation.Path, parameter.Name) : [];
        var example = _withSourceExamples.Build(parameter.Schema, new ExampleNames(stem, parameter.Name, parameter.Description, null));
        if (parameter.In == ParameterLocation.Path && example is JsonString { Value: "" or "." or ".." })
        {
            example = _builtOnly.Build(parameter.Schema, new ExampleNames(stem, parameter.Name, parameter.Description, null));
        }

        if (example is null or JsonObject or JsonNull || (example is JsonArray && parameter.In != ParameterLocation.Query))
        {
            return parameter;
        }

        return parameter with
        {
            Example = example,
            Description = parameter.Description ?? $"Value of the {parameter.In.ToString().ToLowerInvariant()} parameter {parameter.Name}.",
        };
    }

    private static RequestBody Build(ExampleBuilder builder, RequestBody body, IReadOnlyList<string> stem)
    {
        var placeholders = new List<Placeholder>();
        var example = builder.Build(body.Schema, new ExampleNames(stem, string.Empty, body.Description, placeholders));
        var distinct = placeholders.GroupBy(p => p.Value, StringComparer.Ordinal).Select(g => g.First());
        return body with { Example = example, Placeholders = distinct.ToEquatableArray() };
    }
}
