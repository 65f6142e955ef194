using System.Text;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Text;
using HookSnippets.Snippets.CSharpClient;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// Computes each operation's expected request (docs/endpoint-format.md) once, in C#.
/// <c>baseUrlOverride</c> (<c>--base-url</c>) replaces scheme, host, port and base path everywhere.
/// </summary>
public static class RequestModelBuilder
{
    /// <summary>One model per example set of each operation, operations in declared order, each operation's sets in order.</summary>
    /// <exception cref="RequestModelException">An operation's request cannot be built; the message says why and the span where.</exception>
    public static IReadOnlyList<OperationModel> Build(ApiDescription api, ServerAddress? baseUrlOverride = null)
    {
        var server = baseUrlOverride ?? ResolveBaseUrl(api);
        var client = CSharpClientSample.BuildShape(api);
        var models = new List<OperationModel>(api.Operations.Count);
        foreach (var operation in api.Operations)
        {
            var sets = ExampleSets.Of(operation);
            var placeholders = PlaceholderTable.Collect(api, sets.Select(s => s.Operation).ToArray(), includeVariables: baseUrlOverride is null);
            foreach (var (example, resolved) in sets)
            {
                var csharp = CSharpClientSample.For(client, api, resolved);
                models.Add(Build(api, resolved, server, baseUrlOverride is not null, csharp, example, placeholders));
            }
        }

        return models;
    }

    /// <summary>The description's base URL with each <c>{variable}</c> replaced by its example.</summary>
    public static ServerAddress ResolveBaseUrl(ApiDescription api)
    {
        var url = SubstituteVariables(api);
        try
        {
            return ServerAddress.Parse(url);
        }
        catch (FormatException e)
        {
            throw new RequestModelException($"the base URL with its variable examples is not usable: {e.Message}", api.BaseUrlSpan);
        }
    }

    private static OperationModel Build(
        ApiDescription api, Operation operation, ServerAddress server, bool overridden, ClientCall csharp, ExampleFacts example, Placeholder[] placeholders)
    {
        var credentials = Credentials.For(api, operation);
        var path = server.BasePath + ExpandPath(operation);
        var query = BuildQuery(operation).Concat(credentials.Query).ToArray();
        var queryString = string.Join("&", query.Select(pair => pair.Name + "=" + pair.Value));
        var pathAndQuery = queryString.Length == 0 ? path : path + "?" + queryString;
        var (body, expectedBody) = operation.Body is { Example: { } value } declared
            ? SampleBodies.Build(operation, declared, FormFieldOrder.Apply(api, declared, value))
            : (null, null);
        var headers = BuildHeaders(operation, credentials, body);
        var request = new SampleRequest
        {
            Method = operation.Method,
            Scheme = server.Scheme,
            Host = server.Host,
            Port = server.Port,
            Authority = server.Authority,
            Origin = server.Origin,
            BasePath = server.BasePath,
            BaseUrl = server.Origin + server.BasePath,
            BaseUrlOverridden = overridden,
            PathTemplate = operation.Path,
            Path = path,
            Query = query,
            QueryString = queryString,
            PathAndQuery = pathAndQuery,
            Url = server.Origin + pathAndQuery,
            Headers = headers,
            BasicAuth = credentials.Basic,
            Cookies = credentials.Cookies,
            Body = body,
        };
        var facts = new OperationFacts
        {
            Id = operation.Id,
            IdSegments = operation.Id.Split('.'),
            Method = operation.Method,
            PathTemplate = operation.Path,
            Summary = operation.Summary,
            Description = operation.Description,
            Scopes = operation.Scopes.ToArray(),
            Deprecated = operation.Deprecated,
            Authentication = AuthFacts.Alternatives(api, operation),
            Source = operation.Source,
            Placeholders = placeholders,
        };
        var expected = new ExpectedRequest(request.Method, request.Url, headers.ToEquatableArray(), expectedBody);
        return new OperationModel(facts, request, expected, csharp.Sample, example) { ClientGap = csharp.Gap, Source = operation, Response = SampleResponse.For(operation) };
    }

    private static string SubstituteVariables(ApiDescription api)
    {
        var builder = new StringBuilder();
        var text = api.BaseUrl;
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            if (open < 0)
            {
                builder.Append(text, position, text.Length - position);
                break;
            }

            var close = text.IndexOf('}', open);
            if (close < 0)
            {
                throw new RequestModelException($"the base URL '{text}' has a '{{' without its '}}'", api.BaseUrlSpan);
            }

            var name = text.Substring(open + 1, close - open - 1);
            var variable = api.Variables.FirstOrDefault(v => v.Name == name)
                ?? throw new RequestModelException($"the base URL uses the variable '{name}', which 'variables' does not declare", api.BaseUrlSpan);
            builder.Append(text, position, open - position).Append(variable.Example);
            position = close + 1;
        }

        return builder.ToString();
    }

    private static string ExpandPath(Operation operation)
    {
        var builder = new StringBuilder();
        var text = operation.Path;
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf('{', position);
            var close = open < 0 ? -1 : text.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                builder.Append(text, position, text.Length - position);
                break;
            }

            var name = text.Substring(open + 1, close - open - 1);
            builder.Append(text, position, open - position).Append(EncodePathValue(operation, name));
            position = close + 1;
        }

        return builder.ToString();
    }

    private static string EncodePathValue(Operation operation, string name)
    {
        var parameter = operation.Parameters.FirstOrDefault(p => p.In == ParameterLocation.Path && p.Name == name)
            ?? throw new RequestModelException($"operation '{operation.Id}': the path uses '{{{name}}}', which is not a declared path parameter", operation.PathSpan);
        if (parameter.Example is null)
        {
            throw new RequestModelException($"operation '{operation.Id}': path parameter '{name}' needs an example to build the sample URL", parameter.Span);
        }

        var value = ScalarText(operation, parameter, parameter.Example);
        if (value is "" or "." or "..")
        {
            throw new RequestModelException(
                $"operation '{operation.Id}': path parameter '{name}' has the example '{value}', which cannot be a path segment (HTTP clients collapse '.' and '..' segments and drop empty ones); use another example",
                parameter.Example.Span);
        }

        return Encode(operation, parameter, value);
    }

    private static QueryParameter[] BuildQuery(Operation operation)
    {
        var pairs = new List<QueryParameter>();
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.In != ParameterLocation.Query || parameter.Example is null)
            {
                continue;
            }

            var name = Encode(operation, parameter, parameter.Name);
            if (parameter.Example is JsonArray array)
            {
                var items = array.Items.Select(item => Encode(operation, parameter, ScalarText(operation, parameter, item))).ToArray();
                if (items.Length == 0)
                {
                    continue;
                }

                if (parameter.Style == ParameterStyle.Comma)
                {
                    // The commas are delimiters: each item is encoded on its own, so a comma inside an item stays %2C.
                    pairs.Add(new QueryParameter(name, string.Join(",", items)));
                }
                else
                {
                    pairs.AddRange(items.Select(item => new QueryParameter(name, item)));
                }
            }
            else
            {
                pairs.Add(new QueryParameter(name, Encode(operation, parameter, ScalarText(operation, parameter, parameter.Example))));
            }
        }

        return pairs.ToArray();
    }

    private static HttpHeader[] BuildHeaders(Operation operation, Credentials credentials, SampleBody? body)
    {
        var headers = new List<HttpHeader>(credentials.Headers);
        if (body is not null)
        {
            headers.Add(new HttpHeader("Content-Type", body.Boundary is { } boundary ? body.ContentType + "; boundary=" + boundary : body.ContentType));
        }

        foreach (var parameter in operation.Parameters)
        {
            if (parameter.In == ParameterLocation.Header && parameter.Example is not null)
            {
                var value = ScalarText(operation, parameter, parameter.Example);
                RequireHeaderText(value, $"operation '{operation.Id}': header parameter '{parameter.Name}' has the example '{value}', which", parameter.Example.Span);
                headers.Add(new HttpHeader(parameter.Name, value));
            }
        }

        return headers.ToArray();
    }

    internal static void RequireHeaderText(string value, string subject, SourceSpan span)
    {
        // Header values are visible ASCII (RFC 9110 field-vchar, plus space and tab); anything else is refused or
        // re-encoded differently by each client, so no two samples would send the same bytes.
        foreach (var c in value)
        {
            if (c != '\t' && (c < 0x20 || c > 0x7E))
            {
                throw new RequestModelException($"{subject} cannot be sent as a header value: it holds U+{(int)c:X4}, and header values are printable ASCII", span);
            }
        }
    }

    private static string ScalarText(Operation operation, Parameter parameter, JsonNode example) => ValueText.Of(example)
        ?? throw new RequestModelException(
            $"operation '{operation.Id}': the example of parameter '{parameter.Name}' is {Article(example.Kind)}; a {parameter.In.ToString().ToLowerInvariant()} parameter example is a string, number or boolean{(parameter.In == ParameterLocation.Query ? " (or an array of them)" : string.Empty)}",
            example.Span);

    private static string Article(JsonKind kind) => kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Encode(Operation operation, Parameter parameter, string value)
    {
        try
        {
            return UrlEncoding.Encode(value);
        }
        catch (ArgumentException e)
        {
            throw new RequestModelException($"operation '{operation.Id}': parameter '{parameter.Name}': {e.Message.Split(" (Parameter")[0]}", parameter.Example?.Span ?? parameter.Span);
        }
    }
}
