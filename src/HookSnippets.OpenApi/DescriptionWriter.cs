using System.Globalization;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// A description model as endpoints.json JSON, members in the order docs/endpoint-format.md lists them and defaults
/// left out. Formats outside the subset (kept in the model for example building) are not written.
/// </summary>
internal static class DescriptionWriter
{

    public static JsonObject Write(ApiDescription description)
    {
        var root = new Members();
        root.Add("$schema", Str("./endpoints.schema.json"));
        root.Add("name", Str(description.Name));
        root.AddOptional("title", description.Title);
        root.AddOptional("description", description.Description);
        root.Add("baseUrl", Str(description.BaseUrl));
        if (description.Variables.Count > 0)
        {
            root.Add("variables", Object(description.Variables.Select(v => (v.Name, (JsonNode)Variable(v)))));
        }

        WriteAuth(root, description);

        if (description.Types.Count > 0)
        {
            root.Add("types", Object(description.Types.Select(t => (t.Name, (JsonNode)Schema(t.Schema)))));
        }

        root.Add("operations", Object(description.Operations.Select(o => (o.Id, (JsonNode)Operation(o)))));
        return root.ToObject();
    }

    /// <summary>
    /// The file text: 2-space indentation, LF line ends, a final newline. A U+FFFD (only ever inside a string) is
    /// written as its escape: the reader takes a U+FFFD written as such for a byte that was not UTF-8.
    /// </summary>
    public static string ToText(JsonObject root) => JsonWriter.Write(root, indented: true).Replace("\uFFFD", "\\ufffd") + "\n";

    private static JsonObject Variable(ServerVariable variable)
    {
        var members = new Members();
        members.Add("example", Str(variable.Example));
        members.AddOptional("description", variable.Description);
        members.AddOptional("default", variable.Default);
        return members.ToObject();
    }

    private static JsonObject Operation(Operation operation)
    {
        var members = new Members();
        members.Add("method", Str(operation.Method));
        members.Add("path", Str(operation.Path));
        members.AddOptional("summary", operation.Summary);
        members.AddOptional("description", operation.Description);
        if (operation.Deprecated)
        {
            members.Add("deprecated", new JsonBoolean(true, default));
        }

        if (operation.Scopes.Count > 0)
        {
            members.Add("scopes", new JsonArray(operation.Scopes.Select(s => (JsonNode)Str(s)).ToEquatableArray(), default));
        }

        if (operation.Security is { } security)
        {
            members.Add("security", Security(security));
        }

        if (operation.Parameters.Count > 0)
        {
            members.Add("parameters", Object(operation.Parameters.Select(p => (p.Name, (JsonNode)Parameter(p)))));
        }

        if (operation.Body is { } body)
        {
            members.Add("body", Body(body));
        }

        if (operation.Pagination is { } pagination)
        {
            members.Add("pagination", Pagination(pagination));
        }

        members.Add("responses", Object(operation.Responses.Select(r => (r.Status, (JsonNode)Response(r)))));
        if (operation.Errors.Count > 0)
        {
            members.Add("errors", Object(operation.Errors.Select(e => (e.Status, Error(e)))));
        }

        if (operation.Source is { } source)
        {
            members.Add("source", Source(source));
        }

        return members.ToObject();
    }

    private static JsonObject Source(OperationSource source)
    {
        var members = new Members();
        members.AddOptional("operationId", source.OperationId);
        members.Add("method", Str(source.Method));
        members.Add("path", Str(source.Path));
        return members.ToObject();
    }

    private static JsonObject Pagination(Pagination pagination)
    {
        var members = new Members();
        members.Add("style", Str(pagination.Style.ToString().ToLowerInvariant()));
        members.AddOptional("page", pagination.Page);
        members.AddOptional("pageSize", pagination.PageSize);
        members.AddOptional("includeTotals", pagination.IncludeTotals);
        members.AddOptional("cursor", pagination.Cursor);
        members.AddOptional("items", pagination.Items);
        members.AddOptional("total", pagination.Total);
        members.AddOptional("limit", pagination.Limit);
        members.AddOptional("start", pagination.Start);
        members.AddOptional("next", pagination.Next);
        return members.ToObject();
    }

    private static JsonObject Parameter(Parameter parameter)
    {
        var members = new Members();
        members.Add("in", Str(parameter.In.ToString().ToLowerInvariant()));
        if (parameter.Required && parameter.In != ParameterLocation.Path)
        {
            members.Add("required", new JsonBoolean(true, default));
        }

        members.Add("schema", Schema(parameter.Schema));
        AddExamples(members, parameter.Example, parameter.Examples);
        members.AddOptional("description", parameter.Description);
        if (parameter.Style != ParameterStyle.Form)
        {
            members.Add("style", Str(StyleName(parameter.Style)));
        }

        return members.ToObject();
    }

    private static JsonObject Body(RequestBody body)
    {
        var members = new Members();
        members.AddOptional("name", body.Name);
        members.Add("contentType", Str(body.ContentType));
        if (!body.Required)
        {
            members.Add("required", new JsonBoolean(false, default));
        }

        members.Add("schema", Schema(body.Schema));
        AddExamples(members, body.Example, body.Examples);
        if (body.Encoding.Count > 0)
        {
            members.Add("encoding", Object(body.Encoding.Select(e => (e.Field, (JsonNode)Encoding(e)))));
        }
        if (body.Placeholders.Count > 0)
        {
            members.Add("placeholders", Object(body.Placeholders.Select(p => (p.Value, (JsonNode)Str(p.Description)))));
        }

        members.AddOptional("description", body.Description);
        return members.ToObject();
    }

    private static JsonObject Response(Response response)
    {
        var members = new Members();
        members.AddOptional("description", response.Description);
        if (response.Schema is { } schema)
        {
            members.Add("schema", Schema(schema));
        }

        AddExamples(members, null, response.Examples);
        return members.ToObject();
    }

    private static JsonNode Error(ErrorResponse error)
    {
        if (error.Examples.Count == 0)
        {
            return Str(error.Message);
        }

        var members = new Members();
        members.Add("message", Str(error.Message));
        AddExamples(members, null, error.Examples);
        return members.ToObject();
    }

    /// <summary>
    /// <c>auth</c> when the description has its one scheme under that name, else <c>authSchemes</c>; <c>security</c>
    /// unless it is what <c>auth</c> alone means.
    /// </summary>
    private static void WriteAuth(Members root, ApiDescription description)
    {
        var single = description.AuthSchemes is [{ Name: Description.Model.AuthScheme.SingleName } only] ? only : null;
        if (single is not null)
        {
            root.Add("auth", AuthScheme(single));
        }
        else if (description.AuthSchemes.Count > 0)
        {
            root.Add("authSchemes", Object(description.AuthSchemes.Select(s => (s.Name, (JsonNode)AuthScheme(s)))));
        }

        var implied = single is not null && description.Security is [{ Schemes: [Description.Model.AuthScheme.SingleName] }];
        if (!implied && (description.Security.Count > 0 || single is not null))
        {
            root.Add("security", Security(description.Security));
        }
    }

    private static JsonObject AuthScheme(AuthScheme scheme)
    {
        var members = new Members();
        members.Add("type", Str(scheme.Type switch
        {
            AuthType.Basic => "basic",
            AuthType.ApiKey => "apiKey",
            AuthType.OAuth2 => "oauth2",
            AuthType.OpenIdConnect => "openIdConnect",
            _ => "bearer",
        }));
        switch (scheme.Type)
        {
            case AuthType.Basic:
                members.Add("username", Str(scheme.Username!));
                members.Add("password", Str(scheme.Password!));
                break;
            case AuthType.ApiKey:
                members.Add("in", Str(scheme.In.ToString().ToLowerInvariant()));
                members.Add("name", Str(scheme.KeyName!));
                members.Add("example", Str(scheme.Example!));
                break;
            default:
                members.Add("example", Str(scheme.Example!));
                if (scheme.Scopes.Count > 0)
                {
                    members.Add("scopes", Object(scheme.Scopes.Select(s => (s.Name, (JsonNode)Str(s.Description ?? string.Empty)))));
                }

                break;
        }

        members.AddOptional("description", scheme.Description);
        return members.ToObject();
    }

    /// <summary>Each alternative as a scheme name, or as an array when it sends several schemes (or none).</summary>
    private static JsonArray Security(EquatableArray<SecurityRequirement> security) => new(
        security.Select(r => r.Schemes is [var one]
            ? (JsonNode)Str(one)
            : new JsonArray(r.Schemes.Select(n => (JsonNode)Str(n)).ToEquatableArray(), default)).ToEquatableArray(),
        default);

    /// <summary><c>examples</c> when there are named ones (their first is the default), else <c>example</c>.</summary>
    private static void AddExamples(Members members, JsonNode? single, EquatableArray<NamedExample> named)
    {
        if (named.Count == 0)
        {
            members.AddOptional("example", single);
            return;
        }

        members.Add("examples", Object(named.Select(e =>
        {
            var example = new Members();
            example.AddOptional("summary", e.Summary);
            example.AddOptional("description", e.Description);
            example.Add("value", e.Value);
            return (e.Name, (JsonNode)example.ToObject());
        })));
    }

    private static JsonObject Encoding(FieldEncoding encoding)
    {
        var members = new Members();
        if (encoding.Style != ParameterStyle.Form)
        {
            members.Add("style", Str(StyleName(encoding.Style)));
        }

        members.AddOptional("contentType", encoding.ContentType);
        if (encoding.File)
        {
            members.Add("file", new JsonBoolean(true, default));
        }

        members.AddOptional("filename", encoding.FileName);
        return members.ToObject();
    }

    private static string StyleName(ParameterStyle style) => style == ParameterStyle.DeepObject ? "deepObject" : style.ToString().ToLowerInvariant();

    public static JsonObject Schema(Schema schema)
    {
        var members = new Members();
        members.AddOptional("$ref", schema.Ref);
        if (schema.Type != SchemaType.Any)
        {
            members.Add("type", Str(schema.Type.ToString().ToLowerInvariant()));
        }

        if (schema.Nullable)
        {
            members.Add("nullable", new JsonBoolean(true, default));
        }

        members.AddOptional("title", schema.Title);
        members.AddOptional("description", schema.Description);
        if (schema.Properties.Count > 0)
        {
            members.Add("properties", Object(schema.Properties.Select(p => (p.Name, (JsonNode)Schema(p.Schema)))));
        }

        if (schema.Required.Count > 0)
        {
            members.Add("required", new JsonArray(schema.Required.Select(r => (JsonNode)Str(r)).ToEquatableArray(), default));
        }

        if (schema.AdditionalProperties is { } additional)
        {
            members.Add("additionalProperties", Schema(additional));
        }
        else if (!schema.AdditionalPropertiesAllowed)
        {
            members.Add("additionalProperties", new JsonBoolean(false, default));
        }

        if (schema.Items is { } items)
        {
            members.Add("items", Schema(items));
        }

        if (schema.Enum.Count > 0)
        {
            members.Add("enum", new JsonArray(schema.Enum, default));
        }

        members.AddOptional("const", schema.Const);
        members.AddOptional("default", schema.Default);
        members.AddOptional("example", schema.Example);
        members.AddOptional("minProperties", schema.MinProperties);
        members.AddOptional("maxProperties", schema.MaxProperties);
        members.AddOptional("minItems", schema.MinItems);
        members.AddOptional("maxItems", schema.MaxItems);
        members.AddOptional("minLength", schema.MinLength);
        members.AddOptional("maxLength", schema.MaxLength);
        if (schema.Minimum is { } minimum)
        {
            members.Add("minimum", JsonValues.Number(minimum));
        }

        if (schema.Maximum is { } maximum)
        {
            members.Add("maximum", JsonValues.Number(maximum));
        }

        members.AddOptional("pattern", schema.Pattern);
        if (schema.Format is "date-time" or "uri")
        {
            members.Add("format", Str(schema.Format));
        }

        AddSchemas(members, "allOf", schema.AllOf);
        AddSchemas(members, "oneOf", schema.OneOf);
        AddSchemas(members, "anyOf", schema.AnyOf);
        return members.ToObject();
    }

    private static void AddSchemas(Members members, string name, EquatableArray<Schema> schemas)
    {
        if (schemas.Count > 0)
        {
            members.Add(name, new JsonArray(schemas.Select(s => (JsonNode)Schema(s)).ToEquatableArray(), default));
        }
    }

    private static JsonObject Object(IEnumerable<(string Name, JsonNode Value)> members) =>
        new(members.Select(m => new JsonMember(m.Name, default, m.Value)).ToEquatableArray(), default);

    private static JsonString Str(string value) => new(value, default);

    private sealed class Members
    {
        private readonly List<JsonMember> _members = [];

        public void Add(string name, JsonNode value) => _members.Add(new JsonMember(name, default, value));

        public void AddOptional(string name, string? value)
        {
            if (value is not null)
            {
                Add(name, Str(value));
            }
        }

        public void AddOptional(string name, JsonNode? value)
        {
            if (value is not null)
            {
                Add(name, value);
            }
        }

        public void AddOptional(string name, int? value)
        {
            if (value is { } number)
            {
                Add(name, new JsonNumber(number.ToString(CultureInfo.InvariantCulture), default));
            }
        }

        public JsonObject ToObject() => new(_members.ToEquatableArray(), default);
    }
}
