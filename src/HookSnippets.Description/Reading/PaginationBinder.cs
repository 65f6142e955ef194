using System;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Reading;

/// <summary>Binds an operation's <c>pagination</c> object (docs/endpoint-format.md, "pagination").</summary>
internal static class PaginationBinder
{
    private static readonly string[] Members = { "style", "page", "pageSize", "includeTotals", "cursor", "items", "total", "limit", "start", "next" };
    private static readonly string[] Styles = { "offset", "checkpoint", "cursor", "link" };

    public static Pagination? Bind(BindingContext context, JsonNode node, string operation)
    {
        var where = $"the pagination of {operation}";
        if (context.AsObject(node, where) is not { } obj)
        {
            return null;
        }

        context.CheckMembers(obj, where, Members);
        var style = context.Required<JsonString>(obj, "style", where, "a string");
        var index = style is null ? -1 : Array.IndexOf(Styles, style.Value);
        if (style is not null && index < 0)
        {
            context.Error(DiagnosticIds.InvalidValue, style.Span, $"'{style.Value}' is not a valid 'style' of {where}: expected one of {string.Join(", ", Styles)}.");
        }

        var pagination = new Pagination(
            index < 0 ? PaginationStyle.Offset : (PaginationStyle)index,
            context.OptionalString(obj, "page", where),
            context.OptionalString(obj, "pageSize", where),
            context.OptionalString(obj, "includeTotals", where),
            context.OptionalString(obj, "cursor", where),
            context.OptionalString(obj, "items", where),
            context.OptionalString(obj, "total", where),
            context.OptionalString(obj, "limit", where),
            context.OptionalString(obj, "start", where),
            context.OptionalString(obj, "next", where),
            obj.Span);
        return index < 0 ? null : pagination;
    }
}
