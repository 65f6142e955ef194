using System;
using System.Collections.Generic;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;

namespace HookSnippets.ClientShape;

/// <summary>
/// Shapes one operation into a method: arguments in the order path, required body/query/headers, then the optional
/// ones (nullable, defaulting to null); the result type comes from the first success response with a schema.
/// </summary>
internal sealed class OperationBuilder
{
    private const string CancellationTokenName = "cancellationToken";

    private readonly ShapeContext _context;
    private readonly TypeResolver _types;
    private readonly Operation _operation;
    private readonly string _typePrefix;

    public OperationBuilder(ShapeContext context, TypeResolver types, Operation operation, List<string> groupPath)
    {
        _context = context;
        _types = types;
        _operation = operation;
        var segments = operation.IdSegments;
        _typePrefix = string.Concat(groupPath) + Identifiers.ToPascalCase(segments[segments.Count - 1]);
    }

    /// <summary>The method, or null when the operation cannot be called through a typed client (reported).</summary>
    public OperationShape? Build(UniqueNames groupMembers)
    {
        var operation = _operation;

        var arguments = new UniqueNames(CancellationTokenName, RuntimeNames.RequestOptionsArgument);
        var pathParameters = new List<ParameterShape>();
        var required = new List<ParameterShape>();
        var optional = new List<ParameterShape>();
        foreach (var parameter in PathOrdered(operation))
        {
            var shape = BuildParameter(parameter, arguments);
            if (shape is null)
            {
                return null;
            }

            if (shape.Kind == ParameterKind.Path)
            {
                pathParameters.Add(shape);
            }
            else
            {
                (shape.Required ? required : optional).Add(shape);
            }
        }

        if (operation.Body is { } requestBody)
        {
            var type = BodyType(requestBody);
            if (type is null)
            {
                _context.Warn(
                    DiagnosticIds.UnsupportedContentType,
                    $"operation '{operation.Id}' sends a form body whose schema is not an object; a form body's fields are an object's members, so the generated client has no method for this operation",
                    requestBody.Span);
                return null;
            }

            var name = _context.Take(arguments, Identifiers.ToCamelCase(requestBody.Name ?? "body"), requestBody.Span);
            var shape = new ParameterShape(ParameterKind.Body, requestBody.ContentType, name, requestBody.Required, type, ParameterStyle.Form, requestBody.Description);
            (requestBody.Required ? required : optional).Insert(0, shape);
        }

        var parameters = new List<ParameterShape>(pathParameters);
        parameters.AddRange(required);
        parameters.AddRange(optional);

        TypeRef? result = null;
        var someWithoutBody = false;
        foreach (var response in operation.Responses)
        {
            if (response.Schema is not { } schema)
            {
                someWithoutBody = true;
            }
            else if (result is null)
            {
                result = _types.Resolve(schema, _typePrefix + "Result");
            }
        }

        var segments = operation.IdSegments;
        var baseName = Identifiers.ToPascalCase(segments[segments.Count - 1]);
        var methodName = _context.Take(groupMembers, baseName + "Async", operation.IdSpan);
        var paging = operation.Pagination is { } pagination ? BuildPaging(pagination, parameters, result, groupMembers, baseName) : null;
        return new OperationShape(
            operation.Id,
            methodName,
            operation.Method,
            operation.Path,
            BuildPathParts(operation.Path, pathParameters),
            operation.Summary,
            operation.Description,
            operation.Scopes,
            ToErrors(operation.Errors),
            operation.Deprecated,
            parameters.ToEquatableArray(),
            result,
            result is not null && someWithoutBody,
            IsIdempotent(operation.Method),
            CredentialShapes.SentBy(_context.Description, operation, _context.Credentials),
            operation.Body?.Kind ?? BodyKind.Json,
            ToBodyFields(operation.Body),
            paging);
    }

    /// <summary>
    /// The body argument's type: the schema's type for JSON and form bodies (a form needs an object: null otherwise),
    /// a string for text, the runtime's ordered parts for multipart (whose file parts no schema type can hold), a
    /// stream for a file upload.
    /// </summary>
    private TypeRef? BodyType(RequestBody body)
    {
        switch (body.Kind)
        {
            case BodyKind.Multipart:
                return TypeRef.Of(TypeKind.Multipart);
            case BodyKind.File:
                return TypeRef.Of(TypeKind.Stream);
            case BodyKind.Text:
                return TypeRef.Of(TypeKind.String);
            case BodyKind.Form:
                var form = _types.Resolve(body.Schema, _typePrefix + "Request");
                return form.Kind is TypeKind.Record or TypeKind.Map or TypeKind.Json ? form : null;
            default:
                return IntegerWidth.WidenForExamples(_types.Resolve(body.Schema, _typePrefix + "Request"), body.Schema, body.Example, body.Examples);
        }
    }

    private static EquatableArray<BodyFieldShape> ToBodyFields(RequestBody? body)
    {
        var fields = new List<BodyFieldShape>();
        foreach (var encoding in body?.Encoding ?? EquatableArray<FieldEncoding>.Empty)
        {
            fields.Add(new BodyFieldShape(encoding.Field, encoding.Style, encoding.ContentType, encoding.File, encoding.FileName));
        }

        return fields.ToEquatableArray();
    }

    /// <summary>
    /// The list-everything method of a paged operation, or null (HS2108) when its answer holds no items the client can
    /// find: a list result or a bare array when the pagination names no items member, else a record.
    /// </summary>
    private PagingShape? BuildPaging(Pagination pagination, List<ParameterShape> parameters, TypeRef? result, UniqueNames groupMembers, string baseName)
    {
        var found = pagination.Items is null
            ? result?.Kind is TypeKind.ListResult or TypeKind.List
            : result?.Kind is TypeKind.Record or TypeKind.ListResult;
        if (!found || (pagination.Style == PaginationStyle.Link && result?.Kind == TypeKind.List && pagination.Items is not null))
        {
            _context.Warn(
                DiagnosticIds.NoPagingMethod,
                $"operation '{_operation.Id}' declares pagination, but its answer is not {(pagination.Items is null ? "an array or an array-or-page union" : "an object")} the client can read items from; it gets no paging method",
                pagination.Span);
            return null;
        }

        string? Argument(string? name) => name is null ? null : parameters.Find(p => p.Kind == ParameterKind.Query && p.Name == name)?.ArgumentName;
        return new PagingShape(
            _context.Take(groupMembers, baseName + "AllAsync", _operation.IdSpan),
            pagination.Style,
            Argument(pagination.Page),
            Argument(pagination.PageSize),
            Argument(pagination.IncludeTotals),
            Argument(pagination.Cursor),
            pagination.Items,
            pagination.Total,
            pagination.Limit,
            pagination.Start,
            pagination.Next);
    }

    private ParameterShape? BuildParameter(Parameter parameter, UniqueNames arguments)
    {
        var kind = parameter.In switch
        {
            ParameterLocation.Path => ParameterKind.Path,
            ParameterLocation.Query => ParameterKind.Query,
            _ => ParameterKind.Header,
        };
        var type = IntegerWidth.WidenForExamples(
            _types.Resolve(parameter.Schema, _typePrefix + Identifiers.ToPascalCase(parameter.Name)), parameter.Schema, parameter.Example, parameter.Examples);
        var allowed = IsScalar(type) || (kind == ParameterKind.Query && type.Kind == TypeKind.List && IsScalar(type.Element!));
        if (!allowed)
        {
            _context.Warn(
                DiagnosticIds.UnsupportedParameter,
                $"parameter '{parameter.Name}' of operation '{_operation.Id}' is not a string, number, boolean or enum{(kind == ParameterKind.Query ? " (or an array of them)" : string.Empty)}; the generated client has no method for this operation",
                parameter.Span);
            return null;
        }

        var name = _context.Take(arguments, Identifiers.ToCamelCase(parameter.Name), parameter.Span);
        var isRequired = kind == ParameterKind.Path || parameter.Required;
        return new ParameterShape(kind, parameter.Name, name, isRequired, type, parameter.Style, parameter.Description);
    }

    /// <summary>Path parameters in the order they appear in the path template, then the others as declared.</summary>
    private static List<Parameter> PathOrdered(Operation operation)
    {
        var ordered = new List<Parameter>();
        var rest = new List<Parameter>();
        foreach (var parameter in operation.Parameters)
        {
            (parameter.In == ParameterLocation.Path ? ordered : rest).Add(parameter);
        }

        ordered.Sort((a, b) => IndexInPath(operation.Path, a.Name).CompareTo(IndexInPath(operation.Path, b.Name)));
        ordered.AddRange(rest);
        return ordered;
    }

    private static int IndexInPath(string path, string name)
    {
        var index = path.IndexOf("{" + name + "}", StringComparison.Ordinal);
        return index < 0 ? int.MaxValue : index;
    }

    private static EquatableArray<PathPart> BuildPathParts(string path, List<ParameterShape> parameters)
    {
        var parts = new List<PathPart>();
        var position = 0;
        while (position < path.Length)
        {
            var open = path.IndexOf('{', position);
            var close = open < 0 ? -1 : path.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                parts.Add(new PathPart(PathPartKind.Literal, path.Substring(position)));
                break;
            }

            if (open > position)
            {
                parts.Add(new PathPart(PathPartKind.Literal, path.Substring(position, open - position)));
            }

            var name = path.Substring(open + 1, close - open - 1);
            var parameter = parameters.Find(p => p.Name == name);
            parts.Add(parameter is null
                ? new PathPart(PathPartKind.Literal, path.Substring(open, close - open + 1))
                : new PathPart(PathPartKind.Parameter, parameter.ArgumentName));
            position = close + 1;
        }

        return parts.ToEquatableArray();
    }

    private static EquatableArray<ErrorShape> ToErrors(EquatableArray<ErrorResponse> errors)
    {
        var shapes = new List<ErrorShape>();
        foreach (var error in errors)
        {
            shapes.Add(new ErrorShape(error.Status, error.Message));
        }

        return shapes.ToEquatableArray();
    }

    private static bool IsScalar(TypeRef type) =>
        type.Kind is TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean or TypeKind.Enum;

    private static bool IsIdempotent(string method) => method is "GET" or "HEAD" or "PUT" or "DELETE" or "OPTIONS";
}
