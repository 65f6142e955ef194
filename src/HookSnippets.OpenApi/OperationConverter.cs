using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;
using HookSnippets.OpenApi.References;
using Microsoft.OpenApi;
using JsonNode = HookSnippets.Description.Json.JsonNode;
using OpenApiParameterLocation = Microsoft.OpenApi.ParameterLocation;
using ParameterLocation = HookSnippets.Description.Model.ParameterLocation;
using ParameterStyle = HookSnippets.Description.Model.ParameterStyle;

namespace HookSnippets.OpenApi;

/// <summary>
/// One OpenAPI operation as a description operation (without generated examples: <see cref="ExampleFiller"/> adds
/// them once every type is known). Null when the operation cannot be imported; the report says why.
/// </summary>
internal sealed partial class OperationConverter(OpenApiSource source, SchemaConverter schemas, ImportReport report)
{
    // Headers the expected request sets itself or verify ignores (docs/endpoint-format.md, "parameters").
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Content-Type", "Content-Length", "Host", "Transfer-Encoding", "Connection", "Expect", "Upgrade",
        "TE", "Trailer", "Keep-Alive", "HTTP2-Settings", "User-Agent", "Accept", "Accept-Encoding", "Cookie",
    };

    public Operation? Convert(string id, string method, PathKey key, OpenApiOperation operation, IOpenApiPathItem pathItem, OpenApiDocument document, string pointer, IList<OpenApiSecurityRequirement> security, IReadOnlySet<string> bearerSchemes)
    {
        var location = method + " " + JsonPointer.Split(pointer)![1];
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        var parameters = ConvertParameters(operation, pathItem, pointer, location, renames, out var importable);
        if (!importable || !AddConstantQuery(key, parameters, location))
        {
            return null;
        }

        var path = key.Path;
        foreach (var (from, to) in renames)
        {
            path = path.Replace("{" + from + "}", "{" + to + "}", StringComparison.Ordinal);
        }

        RequestBody? body = null;
        if (operation.RequestBody is { } requestBody)
        {
            body = ConvertBody(requestBody, JsonPointer.Append(pointer, "requestBody"), location, parameters);
            if (body is null)
            {
                return null;
            }
        }

        var (responses, errors) = ConvertResponses(operation, pointer, location);
        if (responses.Count == 0)
        {
            report.Add(location, "operation not imported: it declares no 2xx response (and no 'default' one)");
            return null;
        }

        if (operation.Callbacks is { Count: > 0 })
        {
            report.Add(JsonPointer.Append(pointer, "callbacks"), "callbacks are not imported");
        }

        ReportOwnServers(operation, pathItem, document, pointer);
        if (key.Fragment is not null)
        {
            report.Add(location, $"the fragment '#{key.Fragment}' of the path is not part of an HTTP request, so it is not sent; it only tells the operation apart");
        }

        return new Operation(
            id, default, method, path, default,
            SchemaConverter.Text(operation.Summary), SchemaConverter.Text(operation.Description),
            Scopes(security, bearerSchemes).ToEquatableArray(), null,
            parameters.ToEquatableArray(), body, responses.ToEquatableArray(), errors.ToEquatableArray(),
            operation.Deprecated, default);
    }

    /// <summary>
    /// A query written in the path key (<c>/responses?beta=true</c>) as required query parameters whose only value is
    /// the one written; false (reported) when a name is already a parameter's C# name.
    /// </summary>
    private bool AddConstantQuery(PathKey key, List<Parameter> parameters, string location)
    {
        foreach (var (name, value) in key.Query)
        {
            if (parameters.Any(p => p.In == ParameterLocation.Query && p.Name == name))
            {
                report.Add(location, $"the query '{name}={value}' written in the path is also a declared parameter; the declared parameter is imported");
                continue;
            }

            if (parameters.Any(p => Identifiers.ToCamelCase(p.Name) == Identifiers.ToCamelCase(name)) || Identifiers.ToCamelCase(name) == "cancellationToken")
            {
                report.Add(location, $"operation not imported: the query '{name}' written in the path has the same C# name as one of its parameters");
                return false;
            }

            var text = JsonValues.String(value);
            parameters.Add(new Parameter(
                name, ParameterLocation.Query, true, Schema.Create(SchemaType.String) with { Const = text }, text, EquatableArray<NamedExample>.Empty,
                $"Always '{value}': the operation is declared at the path '{key.Path}?{string.Join("&", key.Query.Select(q => q.Name + "=" + q.Value))}'.",
                ParameterStyle.Form, default));
        }

        return true;
    }

    /// <summary>Servers of an operation or path item are not imported; only those that differ from the document's are worth a note.</summary>
    private void ReportOwnServers(OpenApiOperation operation, IOpenApiPathItem pathItem, OpenApiDocument document, string pointer)
    {
        var (own, at) = operation.Servers is { Count: > 0 } ? (operation.Servers, JsonPointer.Append(pointer, "servers"))
            : pathItem.Servers is { Count: > 0 } ? (pathItem.Servers, JsonPointer.Append(ParentPointer(pointer), "servers"))
            : (null, null);
        var documentUrls = (document.Servers ?? []).Select(s => s.Url?.TrimEnd('/'));
        if (own is not null && !own.Select(s => s.Url?.TrimEnd('/')).SequenceEqual(documentUrls))
        {
            report.Add(at!, $"the servers of this operation ({string.Join(", ", own.Select(s => s.Url))}) are not imported; it uses the base URL");
        }
    }

    /// <summary>The scopes of every OAuth2/OpenID Connect requirement of the operation (else of the document), united in order.</summary>
    private static List<string> Scopes(IList<OpenApiSecurityRequirement> security, IReadOnlySet<string> bearerSchemes)
    {
        var scopes = new List<string>();
        foreach (var requirement in security)
        {
            foreach (var (scheme, names) in requirement)
            {
                if (scheme.Reference?.Id is { } name && bearerSchemes.Contains(name))
                {
                    scopes.AddRange(names.Where(n => !string.IsNullOrEmpty(n) && !scopes.Contains(n)));
                }
            }
        }

        return scopes;
    }

    private List<Parameter> ConvertParameters(OpenApiOperation operation, IOpenApiPathItem pathItem, string pointer, string location, Dictionary<string, string> renames, out bool importable)
    {
        importable = true;
        var declared = new List<(IOpenApiParameter Parameter, string Pointer)>();
        var pathLevel = pathItem.Parameters ?? [];
        var operationLevel = operation.Parameters ?? [];
        for (var i = 0; i < pathLevel.Count; i++)
        {
            if (!operationLevel.Any(p => p.Name == pathLevel[i].Name && p.In == pathLevel[i].In))
            {
                declared.Add((pathLevel[i], JsonPointer.Append(JsonPointer.Append(ParentPointer(pointer), "parameters"), i)));
            }
        }

        for (var i = 0; i < operationLevel.Count; i++)
        {
            declared.Add((operationLevel[i], JsonPointer.Append(JsonPointer.Append(pointer, "parameters"), i)));
        }

        var result = new List<Parameter>();
        var csharpNames = new HashSet<string>(StringComparer.Ordinal) { "cancellationToken" };
        foreach (var (parameter, parameterPointer) in declared)
        {
            var converted = ConvertParameter(parameter, parameterPointer, location, renames);
            if (converted is null)
            {
                if (parameter.Required || parameter.In == OpenApiParameterLocation.Path)
                {
                    report.Add(location, $"operation not imported: its required parameter '{parameter.Name}' cannot be imported");
                    importable = false;
                }

                continue;
            }

            if (!csharpNames.Add(Identifiers.ToCamelCase(converted.Name)))
            {
                report.Add(parameterPointer, $"parameter '{converted.Name}' has the same C# name as another parameter of the operation; not imported");
                if (converted.Required)
                {
                    importable = false;
                }

                continue;
            }

            result.Add(converted);
        }

        return result;
    }

    private Parameter? ConvertParameter(IOpenApiParameter parameter, string pointer, string location, Dictionary<string, string> renames)
    {
        var name = parameter.Name ?? string.Empty;
        ParameterLocation? where = parameter.In switch
        {
            OpenApiParameterLocation.Path => ParameterLocation.Path,
            OpenApiParameterLocation.Query => ParameterLocation.Query,
            OpenApiParameterLocation.Header => ParameterLocation.Header,
            _ => null,
        };
        if (where is null)
        {
            report.Add(pointer, $"{parameter.In?.ToString().ToLowerInvariant() ?? "unknown"} parameter '{name}' is not imported (only path, query and header parameters are)");
            return null;
        }

        if (where == ParameterLocation.Header && ReservedHeaders.Contains(name))
        {
            report.Add(pointer, $"header parameter '{name}' is a header the request sets itself; not imported");
            return null;
        }

        if (parameter.Schema is null)
        {
            report.Add(pointer, $"parameter '{name}' has no schema (content-typed parameters are not imported)");
            return null;
        }

        var wireName = name;
        if (where == ParameterLocation.Path && !TemplateName().IsMatch(name))
        {
            wireName = Words.LowerSnake(name);
            wireName = wireName.Length == 0 || !char.IsAsciiLetter(wireName[0]) ? "p_" + wireName : wireName;
            renames[name] = wireName;
            report.Add(pointer, $"path parameter '{name}' renamed to '{wireName}' (template names are [A-Za-z_][A-Za-z0-9_]*; the name is not sent)");
        }
        else if (!WireName().IsMatch(name))
        {
            report.Add(pointer, $"parameter name '{name}' has characters outside A-Z a-z 0-9 - . _ ~; not imported");
            return null;
        }

        var schema = schemas.Convert(parameter.Schema, JsonPointer.Append(pointer, "schema"));
        var style = ParameterStyle.Form;
        var asText = false;
        if (!IsScalar(schema) && !(where == ParameterLocation.Query && schema.Type == SchemaType.Array && schema.Items is { } items && IsScalar(items)))
        {
            if (schema.Type == SchemaType.Any && schema.RefName is null && schema.OneOf.Count + schema.AnyOf.Count + schema.AllOf.Count == 0)
            {
                report.Add(JsonPointer.Append(pointer, "schema"), $"parameter '{name}' has no type; imported as a string");
                schema = schema with { Type = SchemaType.String };
            }
            else if (schema.Type == SchemaType.Any && schema.AllOf.Count == 0 && schema.OneOf.Concat(schema.AnyOf).All(IsScalar))
            {
                // In a URL, a query or a header every scalar is text: "an id or a fingerprint" is a string parameter.
                report.Add(JsonPointer.Append(pointer, "schema"), $"parameter '{name}' is one of several scalar types; imported as a string");
                schema = Schema.Create(SchemaType.String) with { Description = schema.Description };
                asText = true;
            }
            else
            {
                report.Add(pointer, $"{where.ToString()!.ToLowerInvariant()} parameter '{name}' is not a scalar{(where == ParameterLocation.Query ? " or an array of scalars" : string.Empty)}; not imported");
                return null;
            }
        }

        if (schema.Type == SchemaType.Array && source.IsSwagger2)
        {
            style = CollectionFormat(pointer);
        }
        else if (schema.Type == SchemaType.Array)
        {
            var explode = parameter.Explode;
            if (parameter.Style is Microsoft.OpenApi.ParameterStyle.Form or null && !explode)
            {
                style = ParameterStyle.Comma;
            }
            else if (parameter.Style is not (Microsoft.OpenApi.ParameterStyle.Form or null))
            {
                report.Add(pointer, $"style '{parameter.Style}' is not supported; imported as form (the name repeated)");
            }
        }

        var examples = NamedExamples(parameter.Examples, JsonPointer.Append(pointer, "examples"));
        if (examples.Count > 0 && parameter.Example is not null)
        {
            report.Add(JsonPointer.Append(pointer, "example"), $"parameter '{name}' has both 'example' and 'examples'; the named 'examples' are imported");
        }

        var example = examples.Count > 0 ? examples[0].Value : parameter.Example is { } given ? JsonValues.From(given) : null;
        if (asText)
        {
            example = example is null ? null : AsText(example);
            examples = examples.Select(e => e with { Value = AsText(e.Value) }).ToList();
        }

        return new Parameter(wireName, where.Value, parameter.Required || where == ParameterLocation.Path, schema, example, examples.ToEquatableArray(), SchemaConverter.Text(parameter.Description), style, default);
    }

    private static JsonNode AsText(JsonNode value) => value switch
    {
        JsonNumber number => JsonValues.String(number.Text),
        JsonBoolean boolean => JsonValues.String(boolean.Value ? "true" : "false"),
        _ => value,
    };

    /// <summary>
    /// A Swagger 2.0 array parameter's <c>collectionFormat</c>, read from the file: the reader turns <c>csv</c> (also
    /// the default) into a form style that repeats the name. <c>multi</c> repeats it; the others are not supported.
    /// </summary>
    private ParameterStyle CollectionFormat(string pointer)
    {
        var format = (source.Raw(Swagger2Pointers.ToDocument(pointer, (Description.Json.JsonObject)source.Map!.Root)) as Description.Json.JsonObject)?["collectionFormat"] is JsonString text ? text.Value : "csv";
        if (format is not ("csv" or "multi"))
        {
            report.Add(pointer, $"collectionFormat '{format}' is not supported; imported as multi (the name repeated)");
        }

        return format == "csv" ? ParameterStyle.Comma : ParameterStyle.Form;
    }

    /// <summary>A type a path or header value can have: string, integer, number or boolean, directly or through a reference or enum.</summary>
    private bool IsScalar(Schema schema)
    {
        if (schema.RefName is { } name)
        {
            return schemas.IsScalarComponent(name);
        }

        return schema.Type is SchemaType.String or SchemaType.Integer or SchemaType.Number or SchemaType.Boolean;
    }

    private RequestBody? ConvertBody(IOpenApiRequestBody body, string pointer, string location, List<Parameter> parameters)
    {
        var content = body.Content ?? new Dictionary<string, IOpenApiMediaType>();
        var chosen = BodyMediaTypes.Pick(content.Keys);
        foreach (var other in content.Keys.Where(k => k != chosen))
        {
            report.Add(JsonPointer.Append(JsonPointer.Append(pointer, "content"), other), $"request body media type '{other}' is not imported ({chosen} is: one body per operation, JSON first, then form, multipart and the others)");
        }

        if (chosen is null)
        {
            report.Add(location, "operation not imported: its request body declares no media type");
            return null;
        }

        var media = content[chosen];
        var mediaPointer = JsonPointer.Append(JsonPointer.Append(pointer, "content"), chosen);
        var contentType = BodyMediaTypes.ContentType(chosen);
        if (contentType != chosen)
        {
            report.Add(mediaPointer, $"media type '{chosen}' is sent as '{contentType}'" + (chosen.Contains('*', StringComparison.Ordinal) ? " (a wildcard names no media type a request can send; a file upload is)" : " (parameters such as a charset are not part of a body's content type: every text kind is UTF-8)"));
        }

        var schema = media.Schema is null ? Schema.Create(SchemaType.Any) : schemas.Convert(media.Schema, JsonPointer.Append(mediaPointer, "schema"));
        var kind = MediaTypes.KindOf(contentType);
        var encoding = kind is BodyKind.Form or BodyKind.Multipart ? FieldEncodings.Of(media, kind, mediaPointer, report) : [];
        var examples = NamedExamples(media.Examples, JsonPointer.Append(mediaPointer, "examples"));
        var example = examples.Count > 0 ? examples[0].Value : media.Example is { } given ? JsonValues.From(given) : null;
        if (examples.Count > 0 && media.Example is not null)
        {
            report.Add(JsonPointer.Append(mediaPointer, "example"), "the media type has both 'example' and 'examples'; the named 'examples' are imported");
        }

        var name = parameters.Any(p => Identifiers.ToCamelCase(p.Name) == "body") ? "requestBody" : null;
        return new RequestBody(name, contentType, body.Required, schema, example, examples.ToEquatableArray(), encoding.ToEquatableArray(), EquatableArray<Placeholder>.Empty, SchemaConverter.Text(body.Description), default);
    }

    /// <summary>
    /// An <c>examples</c> map as named examples, in order, each with its summary and description; one whose value is
    /// elsewhere (<c>externalValue</c>) cannot be sent and is noted.
    /// </summary>
    private List<NamedExample> NamedExamples(IDictionary<string, IOpenApiExample>? examples, string pointer)
    {
        var result = new List<NamedExample>();
        foreach (var (name, example) in examples ?? new Dictionary<string, IOpenApiExample>())
        {
            if (example.Value is { } value)
            {
                result.Add(new NamedExample(name, SchemaConverter.Text(example.Summary), SchemaConverter.Text(example.Description), JsonValues.From(value), default));
            }
            else
            {
                report.Add(JsonPointer.Append(pointer, name), example.ExternalValue is { } external
                    ? $"example '{name}' is the external file {external}, which is not read; not imported"
                    : $"example '{name}' has no value; not imported");
            }
        }

        return result;
    }

    private (List<Response> Responses, List<ErrorResponse> Errors) ConvertResponses(OpenApiOperation operation, string pointer, string location)
    {
        var responses = new List<Response>();
        var errors = new List<ErrorResponse>();
        foreach (var (status, response) in operation.Responses ?? [])
        {
            var responsePointer = JsonPointer.Append(JsonPointer.Append(pointer, "responses"), status);
            if (StatusCode().IsMatch(status) && status[0] == '2')
            {
                var (schema, examples) = ResponseBody(response, responsePointer);
                responses.Add(new Response(status, SchemaConverter.Text(response.Description), schema, examples, default));
            }
            else if (StatusCode().IsMatch(status) && status[0] is '4' or '5')
            {
                errors.Add(new ErrorResponse(status, ErrorMessage(response, status), ResponseBody(response, responsePointer).Examples, default));
            }
            else
            {
                report.Add(responsePointer, $"response '{status}' is not imported (only 2xx, 4xx and 5xx status codes are)");
            }
        }

        // Every success status with a schema must have the same one (docs/endpoint-format.md, "responses").
        var first = responses.FirstOrDefault(r => r.Schema is not null)?.Schema;
        for (var i = 0; i < responses.Count; i++)
        {
            if (responses[i].Schema is { } other && other != first)
            {
                report.Add(JsonPointer.Append(JsonPointer.Append(pointer, "responses"), responses[i].Status), $"the schema of {responses[i].Status} differs from the first success schema; status kept without a schema" + (responses[i].Examples.Count > 0 ? " (its examples are kept)" : string.Empty));
                responses[i] = responses[i] with { Schema = null };
            }
        }

        if (responses.Count == 0 && operation.Responses?.TryGetValue("default", out var fallback) == true)
        {
            report.Add(location, "no 2xx response: the 'default' response is imported as 200");
            var (schema, examples) = ResponseBody(fallback, JsonPointer.Append(JsonPointer.Append(pointer, "responses"), "default"));
            responses.Add(new Response("200", SchemaConverter.Text(fallback.Description), schema, examples, default));
        }

        if (responses.Count == 0 && operation.Responses?.Keys.FirstOrDefault(k => StatusCode().IsMatch(k) && k[0] == '3') is { } redirect)
        {
            // HTTP clients follow a redirect themselves: what the caller gets is the target's answer, not this status's body.
            report.Add(location, $"its only success is the redirect {redirect}; imported with a 200 response without a schema (clients follow the redirect)");
            responses.Add(new Response("200", SchemaConverter.Text(operation.Responses[redirect].Description), null, EquatableArray<NamedExample>.Empty, default));
        }

        return (responses, errors);
    }

    /// <summary>The schema and examples of the response's JSON media type (the only one imported).</summary>
    private (Schema? Schema, EquatableArray<NamedExample> Examples) ResponseBody(IOpenApiResponse response, string pointer)
    {
        var content = response.Content ?? new Dictionary<string, IOpenApiMediaType>();
        var json = BodyMediaTypes.Json(content.Keys.ToList());
        foreach (var other in content.Keys.Where(k => k != json))
        {
            report.Add(JsonPointer.Append(JsonPointer.Append(pointer, "content"), other), $"response media type '{other}' is not imported");
        }

        if (json is null)
        {
            return (null, EquatableArray<NamedExample>.Empty);
        }

        var media = content[json];
        var mediaPointer = JsonPointer.Append(JsonPointer.Append(pointer, "content"), json);
        var examples = NamedExamples(media.Examples, JsonPointer.Append(mediaPointer, "examples"));
        if (media.Example is { } single)
        {
            // A lone 'example' has no name in the file; the description's examples are named.
            examples.Insert(0, new NamedExample(examples.Any(e => e.Name == "example") ? "example-0" : "example", null, null, JsonValues.From(single), default));
        }

        var schema = media.Schema is { } given ? schemas.Convert(given, JsonPointer.Append(mediaPointer, "schema")) : null;
        return (schema, examples.ToEquatableArray());
    }

    /// <summary>The description, then the alternative texts of <c>x-description-1</c>, <c>-2</c>... ("Other texts: ...").</summary>
    private static string ErrorMessage(IOpenApiResponse response, string status)
    {
        var main = SchemaConverter.Text(response.Description) ?? "HTTP " + status + ".";
        var others = new List<string>();
        for (var n = 1; response.Extensions?.TryGetValue("x-description-" + n.ToString(CultureInfo.InvariantCulture), out var extension) == true; n++)
        {
            if (extension is JsonNodeExtension { Node: JsonValue value } && value.ToString().Trim() is { Length: > 0 } text)
            {
                others.Add("\"" + text + "\"");
            }
        }

        return others.Count switch
        {
            0 => main,
            1 => main + " Other text: " + others[0],
            _ => main + " Other texts: " + string.Join("; ", others),
        };
    }

    private static string ParentPointer(string pointer) => pointer[..pointer.LastIndexOf('/')];

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex TemplateName();

    [GeneratedRegex("^[A-Za-z0-9._~-]*[A-Za-z0-9][A-Za-z0-9._~-]*$")]
    private static partial Regex WireName();

    [GeneratedRegex("^[1-5][0-9]{2}$")]
    private static partial Regex StatusCode();
}
