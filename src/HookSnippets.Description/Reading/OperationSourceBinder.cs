using System;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Reading;

/// <summary>An operation's <c>source</c>: the OpenAPI operation it was imported from (docs/endpoint-format.md).</summary>
internal sealed class OperationSourceBinder
{
    private static readonly string[] Members = { "operationId", "method", "path" };

    // The methods an OpenAPI path item can hold, which include some that requests here never use (TRACE).
    private static readonly string[] OpenApiMethods = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE" };

    private readonly BindingContext _context;

    public OperationSourceBinder(BindingContext context) => _context = context;

    public OperationSource? Bind(JsonNode node, string operation)
    {
        var context = $"the source of {operation}";
        if (_context.AsObject(node, context) is not { } obj)
        {
            return null;
        }

        _context.CheckMembers(obj, context, Members);
        var operationId = _context.OptionalString(obj, "operationId", context);
        var method = _context.Required<JsonString>(obj, "method", context, "a string");
        var path = _context.Required<JsonString>(obj, "path", context, "a string");
        if (method is not null && Array.IndexOf(OpenApiMethods, method.Value.ToUpperInvariant()) < 0)
        {
            _context.Error(DiagnosticIds.InvalidHttpMethod, method.Span, $"'{method.Value}' is not a method of an OpenAPI path item ({context}): expected one of {string.Join(", ", OpenApiMethods)}.");
            return null;
        }

        if (path is not null && !path.Value.StartsWith("/", StringComparison.Ordinal))
        {
            _context.Error(DiagnosticIds.InvalidValue, path.Span, $"'{path.Value}' is not a key of an OpenAPI 'paths' object ({context}): it starts with '/'.");
            return null;
        }

        return method is null || path is null ? null : new OperationSource(operationId, method.Value.ToUpperInvariant(), path.Value, obj.Span);
    }
}
