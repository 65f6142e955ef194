using System.Text.RegularExpressions;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;
using Microsoft.OpenApi;

namespace HookSnippets.OpenApi;

/// <summary>
/// OpenAPI 3.0/3.1 (JSON or YAML) to endpoints.json. The result is checked with
/// <see cref="DescriptionReader.Read"/>: it is returned only when it has no errors (docs/openapi-import.md).
/// </summary>
public static partial class OpenApiImporter
{
    /// <summary>Methods in the order operations of one path are written.</summary>
    private static readonly string[] MethodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"];

    public static ImportResult ImportFile(string path, ImportOptions options)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Failed([new DiagnosticInfo(DiagnosticIds.OpenApiSyntax, Severity.Error, "Cannot read the file: " + e.Message, path, default)], [], 0);
        }

        return Import(text, path, options);
    }

    public static ImportResult Import(string text, string filePath, ImportOptions options)
    {
        var source = OpenApiSource.Load(text, filePath);
        if (source.Errors.Count > 0 || source.Document is null)
        {
            return Failed(source.Errors, [], 0);
        }

        var document = source.Document;
        var report = new ImportReport();
        CheckReferenceCycles(source);
        if (source.Errors.Count > 0)
        {
            return Failed(source.Errors, report.Notes, 0);
        }

        var componentSchemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var schemas = new SchemaConverter(source, new TypeNames(componentSchemas.Keys, report), report);
        var bearerSchemes = BearerSchemes(document, report);
        var operations = ConvertOperations(document, options, schemas, bearerSchemes, report, out var inFile, out var usesBearer);
        var types = ConvertTypes(componentSchemas, schemas);
        if (source.Errors.Count > 0)
        {
            return Failed(source.Errors, report.Notes, inFile);
        }

        var shapes = new ClientShapes(types.ToDictionary(t => t.Name, t => t.Schema, StringComparer.Ordinal), report);
        types = AliasItems.Hoist(types.Select(t => t with { Schema = shapes.SimplifyType(t.Name) }).ToList());
        operations = operations.Select(o => SimplifyOperation(o, shapes)).ToList();
        var filler = new ExampleFiller(types.ToDictionary(t => t.Name, t => t.Schema, StringComparer.Ordinal), report);
        var filled = operations.Select(filler.Fill).OfType<Operation>().ToList();
        if (filled.Count == 0)
        {
            return Failed([new DiagnosticInfo(DiagnosticIds.NoOperationToImport, Severity.Error, "No operation to import" + (options.Tags.Count + options.PathPrefixes.Count > 0 ? " matches the --tag/--path filters." : "."), filePath, default)], report.Notes, inFile);
        }

        var (baseUrl, variables) = Servers.Convert(document, report);
        var auth = usesBearer
            ? new AuthScheme(AuthType.Bearer, Placeholders.Token(document.Info?.Title), TokenDescription(document), default)
            : null;
        var description = new ApiDescription(
            options.Name ?? ClientName(document.Info?.Title),
            SchemaConverter.Text(document.Info?.Title),
            SchemaConverter.Text(document.Info?.Description),
            baseUrl, default, variables.ToEquatableArray(), auth, types.ToEquatableArray(), filled.ToEquatableArray());
        ReportExtensions(document, report);
        return OutputCheck.Finish(description, filler.FallbackBodies, report, filePath, inFile);
    }

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

    internal static ImportResult Failed(IReadOnlyList<DiagnosticInfo> errors, IReadOnlyList<ImportNote> notes, int inFile) =>
        new(null, null, notes, errors, inFile);

    /// <summary>
    /// A component that is only a <c>$ref</c> to a component that is only a <c>$ref</c> ... back to itself describes no
    /// value (and sends Microsoft.OpenApi's resolver in circles): an error, before anything reads such a schema.
    /// </summary>
    private static void CheckReferenceCycles(OpenApiSource source)
    {
        var components = source.Document!.Components?.Schemas;
        if (components is null)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in components.Keys)
        {
            var chain = new List<string> { start };
            var current = start;
            while (components.TryGetValue(current, out var schema) && schema is OpenApiSchemaReference { Reference.Id: { } next } && components.ContainsKey(next))
            {
                if (chain.Contains(next))
                {
                    if (next == start && reported.Add(start) && chain.All(c => !reported.Contains(c) || c == start))
                    {
                        chain.ForEach(c => reported.Add(c));
                        source.Error(DiagnosticIds.OpenApiReferenceCycle, SchemaConverter.ComponentPointer(start) + "/$ref",
                            $"The schemas {string.Join(" → ", chain.Append(start))} only refer to each other: no schema in the cycle describes a value.");
                    }

                    break;
                }

                chain.Add(next);
                current = next;
            }
        }
    }

    private static HashSet<string> BearerSchemes(OpenApiDocument document, ImportReport report)
    {
        var bearer = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, scheme) in document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            var isBearer = scheme.Type switch
            {
                SecuritySchemeType.Http => string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase),
                SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect => true,
                _ => false,
            };
            if (isBearer)
            {
                bearer.Add(name);
            }
            else
            {
                report.Add(JsonPointer.Append("#/components/securitySchemes", name), $"security scheme of type {scheme.Type} ({scheme.Scheme ?? scheme.In?.ToString()}) is not imported; only bearer tokens are");
            }
        }

        return bearer;
    }

    private static List<Operation> ConvertOperations(
        OpenApiDocument document, ImportOptions options, SchemaConverter schemas, HashSet<string> bearerSchemes, ImportReport report, out int inFile, out bool usesBearer)
    {
        var converter = new OperationConverter(schemas, report);
        var operations = new List<Operation>();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        inFile = 0;
        usesBearer = false;
        foreach (var (path, pathItem) in document.Paths ?? [])
        {
            var pathPointer = JsonPointer.Append("#/paths", path);
            var byMethod = (pathItem.Operations ?? []).ToDictionary(o => o.Key.Method.ToUpperInvariant(), o => o.Value);
            foreach (var method in byMethod.Keys.OrderBy(m => Array.IndexOf(MethodOrder, m) is var i && i < 0 ? int.MaxValue : i).ThenBy(m => m, StringComparer.Ordinal))
            {
                inFile++;
                var operation = byMethod[method];
                var location = method + " " + path;
                if (!Selected(options, path, operation))
                {
                    continue;
                }

                if (Array.IndexOf(MethodOrder, method) is < 0 or 7)
                {
                    report.Add(location, $"operation not imported: method {method} is not supported");
                    continue;
                }

                var segments = OperationIds.Create(operation, method, path);
                var proposed = string.Join(".", segments);
                var id = OperationIds.MakeUnique(segments, taken);
                if (id != proposed)
                {
                    report.Add(location, $"operation id '{proposed}' is already taken (same C# name); imported as '{id}'");
                }

                var security = operation.Security ?? document.Security ?? [];
                var bearer = security.Any(r => r.Keys.Any(s => s.Reference?.Id is { } n && bearerSchemes.Contains(n)));
                usesBearer |= bearer;
                if (!bearer && security.Count > 0)
                {
                    report.Add(location, "the operation's security schemes are not bearer tokens; samples send the bearer token of the description");
                }

                var converted = converter.Convert(id, method, path, operation, pathItem, JsonPointer.Append(pathPointer, method.ToLowerInvariant()), security, bearerSchemes);
                if (converted is not null)
                {
                    operations.Add(converted);
                }
                else
                {
                    taken.Remove(string.Join(".", id.Split('.').Select(Identifiers.ToPascalCase)));
                }
            }
        }

        return operations;
    }

    private static bool Selected(ImportOptions options, string path, OpenApiOperation operation) =>
        (options.Tags.Count == 0 || (operation.Tags ?? new HashSet<OpenApiTagReference>()).Any(t => options.Tags.Contains(t.Name ?? string.Empty, StringComparer.Ordinal)))
        && (options.PathPrefixes.Count == 0 || options.PathPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal)));

    /// <summary>Every component the operations use, directly or through other components, in the file's order.</summary>
    private static List<NamedSchema> ConvertTypes(IDictionary<string, IOpenApiSchema> components, SchemaConverter schemas)
    {
        var converted = new Dictionary<string, Schema>(StringComparer.Ordinal);
        for (var i = 0; i < schemas.UsedComponents.Count; i++)
        {
            var component = schemas.UsedComponents[i];
            converted[component] = schemas.Convert(components[component], SchemaConverter.ComponentPointer(component));
        }

        var names = schemas.UsedComponents.ToDictionary(c => c, c => converted[c]);
        return components.Keys.Where(names.ContainsKey)
            .Select(c => new NamedSchema(schemas.TypeName(c), names[c], default))
            .ToList();
    }

    private static string TokenDescription(OpenApiDocument document)
    {
        var title = SchemaConverter.Text(document.Info?.Title) ?? "the API";
        return $"Access token for the {title}, sent as a bearer token; it needs the scopes each operation lists.";
    }

    /// <summary><c>info.title</c> in PascalCase without a final "API": "Auth0 Management API" → <c>Auth0Management</c>.</summary>
    private static string ClientName(string? title)
    {
        var words = Words.Split(title ?? string.Empty);
        if (words.Count > 1 && words[^1] == "api")
        {
            words.RemoveAt(words.Count - 1);
        }

        var name = Identifiers.ToPascalCase(string.Join("_", words));
        return ClientNamePattern().IsMatch(name) ? name : "Api";
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
                    if (name is not ("x-operation-group" or "x-operation-name"))
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

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex ClientNamePattern();
}
