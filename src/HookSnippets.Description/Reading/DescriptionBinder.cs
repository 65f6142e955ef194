using System;
using System.Collections.Generic;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Reading;

/// <summary>Turns the JSON of an endpoints.json into the model, reporting what does not fit the format.</summary>
internal sealed class DescriptionBinder
{
    private static readonly string[] RootMembers = { "$schema", "name", "title", "description", "version", "baseUrl", "variables", "auth", "authSchemes", "security", "types", "operations" };
    private static readonly string[] VariableMembers = { "example", "description", "default" };
    private static readonly string[] OperationMembers = { "method", "path", "summary", "description", "scopes", "security", "parameters", "body", "responses", "errors", "deprecated", "tags", "source", "pagination" };
    private static readonly string[] ParameterMembers = { "in", "required", "schema", "example", "examples", "description", "style" };
    private static readonly string[] BodyMembers = { "name", "contentType", "required", "schema", "example", "examples", "encoding", "placeholders", "description" };
    private static readonly string[] ResponseMembers = { "description", "schema", "examples" };
    private static readonly string[] ErrorMembers = { "message", "examples" };
    private static readonly string[] EncodingMembers = { "style", "contentType", "file", "filename" };
    private static readonly string[] HttpMethods = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" };
    private static readonly string[] Locations = { "path", "query", "header" };
    private static readonly string[] Styles = { "form", "comma", "deepObject" };

    private readonly BindingContext _context;
    private readonly SchemaBinder _schemas;
    private readonly AuthBinder _auth;
    private readonly ExampleBinder _examples;

    public DescriptionBinder(BindingContext context)
    {
        _context = context;
        _schemas = new SchemaBinder(context);
        _auth = new AuthBinder(context);
        _examples = new ExampleBinder(context);
    }

    public ApiDescription? Bind(JsonNode root)
    {
        var obj = _context.AsObject(root, "the description");
        if (obj is null)
        {
            return null;
        }

        const string context = "the description";
        LoneSurrogates.Check(_context, root);
        _context.CheckMembers(obj, context, RootMembers);
        var name = _context.RequiredString(obj, "name", context);
        var baseUrl = _context.Required<JsonString>(obj, "baseUrl", context, "a string");
        var operations = _context.Required<JsonObject>(obj, "operations", context, "an object");
        var variables = BindVariables(_context.Optional<JsonObject>(obj, "variables", context, "an object"));
        var (schemes, security) = _auth.BindRoot(obj);
        var types = BindTypes(_context.Optional<JsonObject>(obj, "types", context, "an object"));
        var boundOperations = operations is null ? EquatableArray<Operation>.Empty : BindOperations(operations);
        var title = _context.OptionalString(obj, "title", context);
        var description = _context.OptionalString(obj, "description", context);
        _context.OptionalString(obj, "version", context);
        _context.OptionalString(obj, "$schema", context);

        if (name is null || baseUrl is null || operations is null)
        {
            return null;
        }

        return new ApiDescription(name, title, description, baseUrl.Value, baseUrl.Span, variables, schemes, security, types, boundOperations);
    }

    private EquatableArray<ServerVariable> BindVariables(JsonObject? variables)
    {
        var result = new List<ServerVariable>();
        foreach (var member in variables?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            var context = $"variable '{member.Name}'";
            if (_context.AsObject(member.Value, context) is not { } obj)
            {
                continue;
            }

            _context.CheckMembers(obj, context, VariableMembers);
            var example = _context.RequiredString(obj, "example", context);
            var description = _context.OptionalString(obj, "description", context);
            var defaultValue = _context.OptionalString(obj, "default", context);
            if (example is not null)
            {
                result.Add(new ServerVariable(member.Name, example, description, defaultValue, member.NameSpan));
            }
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<NamedSchema> BindTypes(JsonObject? types)
    {
        var result = new List<NamedSchema>();
        foreach (var member in types?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            if (_schemas.Bind(member.Value, $"type '{member.Name}'") is { } schema)
            {
                result.Add(new NamedSchema(member.Name, schema, member.NameSpan));
            }
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<Operation> BindOperations(JsonObject operations)
    {
        var result = new List<Operation>();
        foreach (var member in operations.Members)
        {
            if (BindOperation(member) is { } operation)
            {
                result.Add(operation);
            }
        }

        return result.ToEquatableArray();
    }

    private Operation? BindOperation(JsonMember member)
    {
        var context = $"operation '{member.Name}'";
        if (_context.AsObject(member.Value, context) is not { } obj)
        {
            return null;
        }

        _context.CheckMembers(obj, context, OperationMembers);
        var method = BindMethod(obj, context);
        var path = _context.Required<JsonString>(obj, "path", context, "a string");
        var summary = _context.OptionalString(obj, "summary", context);
        var description = _context.OptionalString(obj, "description", context);
        var scopes = _context.OptionalStrings(obj, "scopes", context);
        EquatableArray<SecurityRequirement>? security = obj["security"] is { } securityNode ? _auth.BindSecurity(securityNode, context) : null;
        _context.OptionalStrings(obj, "tags", context);
        var parameters = BindParameters(_context.Optional<JsonObject>(obj, "parameters", context, "an object"), context);
        var body = obj["body"] is { } bodyNode ? BindBody(bodyNode, context) : null;
        var responses = BindResponses(_context.Optional<JsonObject>(obj, "responses", context, "an object"), context);
        var errors = BindErrors(_context.Optional<JsonObject>(obj, "errors", context, "an object"), context);
        var deprecated = _context.OptionalBoolean(obj, "deprecated", context) ?? false;
        var source = obj["source"] is { } sourceNode ? new OperationSourceBinder(_context).Bind(sourceNode, context) : null;
        var pagination = obj["pagination"] is { } paginationNode ? PaginationBinder.Bind(_context, paginationNode, context) : null;
        if (method is null || path is null)
        {
            return null;
        }

        return new Operation(
            member.Name, member.NameSpan, method, path.Value, path.Span, summary, description, scopes, security,
            parameters, body, responses, errors, deprecated, obj.Span, pagination) { Source = source };
    }

    private string? BindMethod(JsonObject obj, string context)
    {
        var method = _context.Required<JsonString>(obj, "method", context, "a string");
        if (method is null)
        {
            return null;
        }

        var upper = method.Value.ToUpperInvariant();
        if (Array.IndexOf(HttpMethods, upper) < 0)
        {
            _context.Error(DiagnosticIds.InvalidHttpMethod, method.Span, $"'{method.Value}' is not an HTTP method of {context}: expected one of {string.Join(", ", HttpMethods)}.");
            return null;
        }

        return upper;
    }

    private EquatableArray<Parameter> BindParameters(JsonObject? parameters, string operation)
    {
        var result = new List<Parameter>();
        foreach (var member in parameters?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            var context = $"parameter '{member.Name}' of {operation}";
            if (_context.AsObject(member.Value, context) is not { } obj)
            {
                continue;
            }

            _context.CheckMembers(obj, context, ParameterMembers);
            var location = BindChoice(obj, "in", context, Locations, required: true);
            var style = BindChoice(obj, "style", context, Styles, required: false);
            var required = _context.OptionalBoolean(obj, "required", context);
            var schema = obj["schema"] is { } schemaNode
                ? _schemas.Bind(schemaNode, $"the schema of {context}")
                : Schema.Create(SchemaType.String);
            var description = _context.OptionalString(obj, "description", context);
            var (example, examples) = _examples.Bind(obj, context);
            if (location < 0 || schema is null)
            {
                continue;
            }

            var parameterLocation = (ParameterLocation)location;
            result.Add(new Parameter(
                member.Name,
                parameterLocation,
                parameterLocation == ParameterLocation.Path || (required ?? false),
                schema,
                example,
                examples,
                description,
                style < 0 ? ParameterStyle.Form : (ParameterStyle)style,
                member.NameSpan));
        }

        return result.ToEquatableArray();
    }

    private int BindChoice(JsonObject obj, string name, string context, string[] choices, bool required)
    {
        var value = required
            ? _context.Required<JsonString>(obj, name, context, "a string")
            : _context.Optional<JsonString>(obj, name, context, "a string");
        if (value is null)
        {
            return required ? -1 : 0;
        }

        var index = Array.IndexOf(choices, value.Value);
        if (index < 0)
        {
            _context.Error(DiagnosticIds.InvalidValue, value.Span, $"'{value.Value}' is not a valid '{name}' of {context}: expected one of {string.Join(", ", choices)}.");
        }

        return index;
    }

    private RequestBody? BindBody(JsonNode node, string operation)
    {
        var context = $"the body of {operation}";
        if (_context.AsObject(node, context) is not { } obj)
        {
            return null;
        }

        _context.CheckMembers(obj, context, BodyMembers);
        var name = _context.OptionalString(obj, "name", context);
        var contentType = BindContentType(obj, context);
        var required = _context.OptionalBoolean(obj, "required", context) ?? true;
        var schemaNode = _context.Required<JsonNode>(obj, "schema", context, "a schema object");
        var schema = schemaNode is null ? null : _schemas.Bind(schemaNode, $"the schema of {context}");
        var placeholders = BindPlaceholders(_context.Optional<JsonObject>(obj, "placeholders", context, "an object"), context);
        var description = _context.OptionalString(obj, "description", context);
        var (example, examples) = _examples.Bind(obj, context);
        CheckJsonExampleKind(obj, contentType, example, context);
        var encoding = BindEncoding(_context.Optional<JsonObject>(obj, "encoding", context, "an object"), context);
        return schema is null ? null : new RequestBody(name, contentType, required, schema, example, examples, encoding, placeholders, description, obj.Span);
    }

    /// <summary>
    /// A media type without parameters (docs/endpoint-format.md, "body"): clients send it as written, where a
    /// <c>; charset=...</c> is respelt by some of them.
    /// </summary>
    private string BindContentType(JsonObject obj, string context)
    {
        var value = _context.Optional<JsonString>(obj, "contentType", context, "a string");
        if (value is not null && !MediaTypes.IsPlain(value.Value))
        {
            _context.Error(
                DiagnosticIds.InvalidValue,
                value.Span,
                $"'{value.Value}' is not a media type without parameters ('contentType' of {context}): write type/subtype, such as application/json, application/x-www-form-urlencoded, multipart/form-data, text/plain or application/octet-stream.");
        }

        return value?.Value ?? MediaTypes.Json;
    }

    /// <summary>
    /// An object or array example under a text or file media type is almost always a misspelt JSON type
    /// (<c>application/son</c>): reported at the media type, where the fix goes.
    /// </summary>
    private void CheckJsonExampleKind(JsonObject obj, string contentType, JsonNode? example, string context)
    {
        var kind = MediaTypes.KindOf(contentType);
        if (example is JsonObject or JsonArray && kind is BodyKind.Text or BodyKind.File && MediaTypes.IsPlain(contentType) && obj["contentType"] is { } value)
        {
            var expected = kind == BodyKind.Text ? "the text, a string" : "the name of the file to upload";
            _context.Error(
                DiagnosticIds.InvalidValue,
                value.Span,
                $"'{contentType}' is not a JSON media type ('contentType' of {context}), but the example is JSON: write application/json or application/<name>+json for a JSON body (for {contentType} the example is {expected}).");
        }
    }

    /// <summary>How the fields of a form or multipart body are written, keyed by field name.</summary>
    private EquatableArray<FieldEncoding> BindEncoding(JsonObject? encoding, string body)
    {
        var result = new List<FieldEncoding>();
        foreach (var member in encoding?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            var context = $"the encoding of field '{member.Name}' of {body}";
            if (_context.AsObject(member.Value, context) is not { } obj)
            {
                continue;
            }

            _context.CheckMembers(obj, context, EncodingMembers);
            var style = BindChoice(obj, "style", context, Styles, required: false);
            var contentType = _context.OptionalString(obj, "contentType", context);
            var file = _context.OptionalBoolean(obj, "file", context) ?? false;
            var fileName = _context.Optional<JsonString>(obj, "filename", context, "a string");
            if (contentType is not null && !MediaTypes.IsPlain(contentType))
            {
                _context.Error(DiagnosticIds.InvalidValue, obj["contentType"]!.Span, $"'{contentType}' is not a media type without parameters ('contentType' of {context}).");
            }

            if (fileName is not null && !file)
            {
                _context.Error(DiagnosticIds.InvalidValue, fileName.Span, $"'filename' of {context} names the file a file part is sent as; add \"file\": true, or remove it.");
            }

            result.Add(new FieldEncoding(member.Name, style < 0 ? ParameterStyle.Form : (ParameterStyle)style, contentType, file, fileName?.Value, member.NameSpan));
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<Placeholder> BindPlaceholders(JsonObject? placeholders, string context)
    {
        var result = new List<Placeholder>();
        foreach (var member in placeholders?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            if (member.Value is JsonString description)
            {
                result.Add(new Placeholder(member.Name, description.Value));
            }
            else
            {
                _context.Error(DiagnosticIds.WrongType, member.Value.Span, $"Placeholder '{member.Name}' of {context} must be described by a string.");
            }
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<Response> BindResponses(JsonObject? responses, string operation)
    {
        var result = new List<Response>();
        foreach (var member in responses?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            var context = $"response '{member.Name}' of {operation}";
            if (!IsStatus(member, context, success: true) || _context.AsObject(member.Value, context) is not { } obj)
            {
                continue;
            }

            _context.CheckMembers(obj, context, ResponseMembers);
            var description = _context.OptionalString(obj, "description", context);
            var schema = obj["schema"] is { } schemaNode ? _schemas.Bind(schemaNode, $"the schema of {context}") : null;
            var (_, examples) = _examples.Bind(obj, context);
            result.Add(new Response(member.Name, description, schema, examples, member.NameSpan));
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<ErrorResponse> BindErrors(JsonObject? errors, string operation)
    {
        var result = new List<ErrorResponse>();
        foreach (var member in errors?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            var context = $"error '{member.Name}' of {operation}";
            if (!IsStatus(member, context, success: false))
            {
                continue;
            }

            if (member.Value is JsonString message)
            {
                result.Add(new ErrorResponse(member.Name, message.Value, EquatableArray<NamedExample>.Empty, member.NameSpan));
            }
            else if (member.Value is JsonObject obj)
            {
                _context.CheckMembers(obj, context, ErrorMembers);
                var text = _context.RequiredString(obj, "message", context);
                var (_, examples) = _examples.Bind(obj, context);
                if (text is not null)
                {
                    result.Add(new ErrorResponse(member.Name, text, examples, member.NameSpan));
                }
            }
            else
            {
                _context.Error(DiagnosticIds.WrongType, member.Value.Span, $"{BindingContext.Capitalize(context)} must be the error's message (a string), or an object with its 'message' and 'examples'.");
            }
        }

        return result.ToEquatableArray();
    }

    private bool IsStatus(JsonMember member, string context, bool success)
    {
        var name = member.Name;
        var valid = name.Length == 3 && name[0] >= '1' && name[0] <= '5' && char.IsDigit(name[1]) && char.IsDigit(name[2]);
        var expected = success ? name.Length == 3 && (name[0] == '1' || name[0] == '2' || name[0] == '3') : name.Length == 3 && (name[0] == '4' || name[0] == '5');
        if (!valid || !expected)
        {
            var range = success ? "a success status from 100 to 399" : "an error status from 400 to 599";
            _context.Error(DiagnosticIds.InvalidValue, member.NameSpan, $"'{name}' in {context.Substring(context.IndexOf(" of ", StringComparison.Ordinal) + 4)} is not {range}.");
            return false;
        }

        return true;
    }
}
