using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;
using HookSnippets.OpenApi.References;
using HookSnippets.OpenApi.Sources;
using Microsoft.OpenApi;

namespace HookSnippets.OpenApi;

/// <summary>
/// An OpenAPI description (Swagger 2.0, OpenAPI 3.0 or 3.1; JSON or YAML; one file or several) to endpoints.json. An
/// operation that cannot be represented is left out with a located note and the rest is written; the import fails
/// only when the document cannot be read or no operation is left. The result is checked with
/// <see cref="DescriptionReader.Read(string, string)"/> before it is returned (docs/openapi-import.md).
/// </summary>
public static class OpenApiImporter
{
    /// <summary>Methods in the order operations of one path are written.</summary>
    private static readonly string[] MethodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"];

    public static ImportResult ImportFile(string path, ImportOptions options)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed([new DiagnosticInfo(DiagnosticIds.OpenApiSyntax, Severity.Error, "Cannot read the file: " + e.Message, path, default)], [], 0);
        }

        var text = Utf8Text.Decode(bytes, path, out var error);
        return text is null ? Failed([error!], [], 0) : Import(text, path, options);
    }

    /// <summary>Imports <paramref name="text"/>, the content of <paramref name="filePath"/>; files its <c>$ref</c>s name are read relative to that path.</summary>
    public static ImportResult Import(string text, string filePath, ImportOptions options)
    {
        var report = new ImportReport();
        var source = OpenApiSource.Load(text, Path.GetFullPath(filePath), filePath, report);
        if (source.Errors.Count > 0 || source.Document is not { } document)
        {
            return Failed(source.Errors, report.Notes, 0);
        }

        if (source.IsSwagger2)
        {
            // From here on, places are named by the converters, in the OpenAPI 3 model the reader made of the file.
            report.ToDocument = pointer => Swagger2Pointers.ToDocument(pointer, (Description.Json.JsonObject)source.Map!.Root);
        }

        var componentSchemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var typeNames = new TypeNames(componentSchemas.Keys, report);
        var schemas = new SchemaConverter(source, typeNames, report);
        var security = new SecurityImport(document, report);
        var rootSecurity = security.Convert(document.Security ?? [], "#/security");
        var selection = new OperationSelection(options, report);
        var operations = ConvertOperations(source, selection, schemas, security, rootSecurity, report, out var inFile);
        selection.ReportUnknownTags();
        var types = ConvertTypes(componentSchemas, schemas);
        foreach (var type in types)
        {
            report.Source("endpoints.json#/types/" + JsonPointer.Escape(type.Name), SchemaConverter.ComponentPointer(typeNames.ComponentOf(type.Name)));
        }

        // Examples are built on the schemas as the file wrote them: a union simplified for the C# client would give
        // an example that matches none of its branches.
        var filler = new ExampleFiller(types.ToDictionary(t => t.Name, t => t.Schema, StringComparer.Ordinal), report);
        var filled = operations.Select(filler.Fill).OfType<Operation>().ToList();
        if (filled.Count == 0)
        {
            return Failed([NoOperations(selection, document, filePath), .. source.Problems.Select(p => p.Diagnostic)], report.Notes, inFile);
        }

        var shapes = new ClientShapes(types.ToDictionary(t => t.Name, t => t.Schema, StringComparer.Ordinal), report);
        types = AliasItems.Hoist(types.Select(t => t with { Schema = shapes.SimplifyType(t.Name) }).ToList());
        var simplified = types.ToDictionary(t => t.Name, t => t.Schema, StringComparer.Ordinal);
        filled = filled.Select(o => PaginationInference.Infer(SimplifyOperation(o, shapes), simplified)).ToList();
        var (baseUrl, variables) = Servers.Convert(document, report);
        security.Use(rootSecurity);
        var auth = security.Schemes(out var rename);
        filled = filled.Select(o => o.Security is { } own ? o with { Security = rename(own) } : o).ToList();
        var description = new ApiDescription(
            options.Name ?? ClientName.From(document.Info?.Title),
            SchemaConverter.Text(document.Info?.Title),
            SchemaConverter.Text(document.Info?.Description),
            baseUrl, default, variables.ToEquatableArray(), auth, rename(rootSecurity), types.ToEquatableArray(), filled.ToEquatableArray());
        ReportExtensions(document, report);
        var warnings = source.Problems.Select(p => p.Diagnostic with { Severity = Severity.Warning }).Distinct().ToList();
        return OutputCheck.Finish(description, report, warnings, filePath, inFile);
    }

    internal static ImportResult Failed(IReadOnlyList<DiagnosticInfo> errors, IReadOnlyList<ImportNote> notes, int inFile) =>
        new(null, null, notes, errors.Distinct().ToList(), inFile);

    private static DiagnosticInfo NoOperations(OperationSelection selection, OpenApiDocument document, string filePath) =>
        new(
            DiagnosticIds.NoOperationToImport,
            Severity.Error,
            selection.NothingSelectedMessage() + (document.Paths is not { Count: > 0 } && document.Webhooks is { Count: > 0 } ? " The document describes webhooks only (requests the API sends), which are not imported." : string.Empty),
            filePath,
            default);

    private static Operation SimplifyOperation(Operation operation, ClientShapes shapes)
    {
        var at = JsonPointer.Append("endpoints.json#/operations", operation.Id);
        return operation with
        {
            Parameters = operation.Parameters.Select(p => p with { Schema = shapes.Simplify(p.Schema, JsonPointer.Append(JsonPointer.Append(at, "parameters"), p.Name) + "/schema") }).ToEquatableArray(),
            Body = operation.Body is { } body ? body with { Schema = shapes.Simplify(body.Schema, at + "/body/schema") } : null,
            Responses = operation.Responses.Select(r => r.Schema is { } schema ? r with { Schema = shapes.Simplify(schema, JsonPointer.Append(JsonPointer.Append(at, "responses"), r.Status) + "/schema") } : r).ToEquatableArray(),
        };
    }

    private static List<Operation> ConvertOperations(
        OpenApiSource source, OperationSelection selection, SchemaConverter schemas, SecurityImport security, EquatableArray<SecurityRequirement> rootSecurity, ImportReport report, out int inFile)
    {
        var document = source.Document!;
        var converter = new OperationConverter(source, schemas, report);
        var operations = new List<Operation>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        inFile = 0;
        foreach (var (pathKey, pathItem) in document.Paths ?? [])
        {
            var pathPointer = JsonPointer.Append("#/paths", pathKey);
            var key = PathKey.Parse(pathKey);
            var byMethod = (pathItem.Operations ?? []).ToDictionary(o => o.Key.Method.ToUpperInvariant(), o => o.Value);
            foreach (var method in byMethod.Keys.OrderBy(m => Array.IndexOf(MethodOrder, m) is var i && i < 0 ? int.MaxValue : i).ThenBy(m => m, StringComparer.Ordinal))
            {
                inFile++;
                var operation = byMethod[method];
                var location = method + " " + pathKey;
                var pointer = JsonPointer.Append(pathPointer, method.ToLowerInvariant());
                report.Source(location, pointer);
                if (!selection.Selects(key.Path, operation))
                {
                    continue;
                }

                if (Array.IndexOf(MethodOrder, method) is < 0 or 7)
                {
                    report.Add(location, $"operation not imported: method {method} is not supported");
                    continue;
                }

                if (key.Problem is not null)
                {
                    report.Add(location, "operation not imported: " + key.Problem);
                    continue;
                }

                if (source.Reach!.Of(pathKey, method.ToLowerInvariant()) is [var problem, ..])
                {
                    report.Add(location, $"operation not imported: it uses a node that cannot be read ({problem.Diagnostic.Id} at {Position(problem.Diagnostic)}: {problem.Diagnostic.Message})");
                    continue;
                }

                var segments = OperationIds.Create(operation, method, key);
                var proposed = string.Join(".", segments);
                var id = OperationIds.MakeUnique(segments, taken);
                if (id != proposed)
                {
                    report.Add(location, $"operation id '{proposed}' is already taken (same C# name); imported as '{id}'");
                }

                var requirements = operation.Security ?? document.Security ?? [];
                var own = security.Convert(requirements, location);
                var converted = converter.Convert(id, method, key, operation, pathItem, document, pointer, requirements, security.BearerSent);
                if (converted is not null)
                {
                    converted = converted with { Parameters = security.WithoutKeyParameters(converted.Parameters, own, location).ToEquatableArray() };
                    if (!own.SequenceEqual(rootSecurity))
                    {
                        security.Use(own);
                        converted = converted with { Security = own };
                    }

                    report.Source("endpoints.json#/operations/" + JsonPointer.Escape(id), pointer);
                    operations.Add(converted with { Source = new OperationSource(string.IsNullOrEmpty(operation.OperationId) ? null : operation.OperationId, method, pathKey, default) });
                }
                else
                {
                    taken.Remove(string.Join(".", id.Split('.').Select(Identifiers.ToPascalCase)));
                }
            }
        }

        return operations;
    }

    private static string Position(DiagnosticInfo diagnostic) =>
        $"{diagnostic.FilePath}({diagnostic.Span.StartLine + 1},{diagnostic.Span.StartColumn + 1})";

    /// <summary>Every component the operations use, directly or through other components, in the file's order.</summary>
    private static List<NamedSchema> ConvertTypes(IDictionary<string, IOpenApiSchema> components, SchemaConverter schemas)
    {
        var converted = new Dictionary<string, Schema>(StringComparer.Ordinal);
        for (var i = 0; i < schemas.UsedComponents.Count; i++)
        {
            var component = schemas.UsedComponents[i];
            converted[component] = schemas.Convert(components[component], SchemaConverter.ComponentPointer(component));
        }

        return components.Keys.Where(converted.ContainsKey)
            .Select(c => new NamedSchema(schemas.TypeName(c), converted[c], default))
            .ToList();
    }

    private static void ReportExtensions(OpenApiDocument document, ImportReport report)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var pathItem in (IEnumerable<IOpenApiPathItem>?)document.Paths?.Values ?? [])
        {
            foreach (var operation in (IEnumerable<OpenApiOperation>?)pathItem.Operations?.Values ?? [])
            {
                foreach (var name in operation.Extensions?.Keys ?? [])
                {
                    // Samples already in the file are not lost: render --openapi keeps them beside its own.
                    if (name is not ("x-operation-group" or "x-operation-name" or "x-codeSamples" or "x-code-samples"))
                    {
                        counts[name] = counts.GetValueOrDefault(name) + 1;
                    }
                }
            }
        }

        foreach (var (name, count) in counts)
        {
            report.Add("#/paths", $"vendor extension '{name}' on {count} operation(s) is not imported");
        }
    }
}
