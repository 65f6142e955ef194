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

        if (description.Auth is { } auth)
        {
            var members = new Members();
            members.Add("type", Str("bearer"));
            members.Add("example", Str(auth.Example));
            members.AddOptional("description", auth.Description);
            root.Add("auth", members.ToObject());
        }

        if (description.Types.Count > 0)
        {
            root.Add("types", Object(description.Types.Select(t => (t.Name, (JsonNode)Schema(t.Schema)))));
        }

        root.Add("operations", Object(description.Operations.Select(o => (o.Id, (JsonNode)Operation(o)))));
        return root.ToObject();
    }

    /// <summary>The file text: 2-space indentation, LF line ends, a final newline.</summary>
    public static string ToText(JsonObject root) => JsonWriter.Write(root, indented: true) + "\n";

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
            members.Add("errors", Object(operation.Errors.Select(e => (e.Status, (JsonNode)Str(e.Message)))));
        }

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
        members.AddOptional("example", parameter.Example);
        members.AddOptional("description", parameter.Description);
        if (parameter.Style == ParameterStyle.Comma)
        {
            members.Add("style", Str("comma"));
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
        members.AddOptional("example", body.Example);
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

        return members.ToObject();
    }

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
