using System.Collections.Generic;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Validation;

/// <summary>
/// HS1040: an operation's <c>pagination</c> must name query parameters of the operation and members of its success
/// answer that fit its style, so every client and doc reading it can page without guessing.
/// </summary>
internal static class PaginationRules
{
    public static void Check(ValidationContext context, Operation operation)
    {
        if (operation.Pagination is not { } pagination)
        {
            return;
        }

        var subject = $"The pagination of operation '{operation.Id}'";
        switch (pagination.Style)
        {
            case PaginationStyle.Offset:
                Require(context, pagination, subject, "page", pagination.Page, "the page index parameter");
                break;
            case PaginationStyle.Checkpoint or PaginationStyle.Cursor:
                Require(context, pagination, subject, "cursor", pagination.Cursor, "the query parameter that takes the answer's next value");
                Require(context, pagination, subject, "next", pagination.Next, "the answer member holding the next value");
                break;
        }

        Forbid(context, pagination, subject, "page", pagination.Page, PaginationStyle.Offset);
        Forbid(context, pagination, subject, "includeTotals", pagination.IncludeTotals, PaginationStyle.Offset);
        Forbid(context, pagination, subject, "cursor", pagination.Cursor, PaginationStyle.Checkpoint, PaginationStyle.Cursor);
        Forbid(context, pagination, subject, "next", pagination.Next, PaginationStyle.Checkpoint, PaginationStyle.Cursor);

        Parameter(context, operation, pagination, subject, "page", pagination.Page, SchemaType.Integer);
        Parameter(context, operation, pagination, subject, "pageSize", pagination.PageSize, SchemaType.Integer);
        Parameter(context, operation, pagination, subject, "includeTotals", pagination.IncludeTotals, SchemaType.Boolean);
        Parameter(context, operation, pagination, subject, "cursor", pagination.Cursor, SchemaType.String);

        Schema? answer = null;
        foreach (var response in operation.Responses)
        {
            answer ??= response.Schema;
        }

        if (answer is null)
        {
            context.Error(DiagnosticIds.InvalidPagination, pagination.Span, subject + " needs a success response with a schema: the items of a page are read from it.");
            return;
        }

        Member(context, answer, pagination, subject, "items", pagination.Items, SchemaType.Array);
        Member(context, answer, pagination, subject, "total", pagination.Total, SchemaType.Integer);
        Member(context, answer, pagination, subject, "limit", pagination.Limit, SchemaType.Integer);
        Member(context, answer, pagination, subject, "start", pagination.Start, SchemaType.Integer);
        Member(context, answer, pagination, subject, "next", pagination.Next, SchemaType.String);
    }

    private static void Require(ValidationContext context, Pagination pagination, string subject, string member, string? value, string what)
    {
        if (value is null)
        {
            context.Error(DiagnosticIds.InvalidPagination, pagination.Span, $"{subject} has style '{Style(pagination.Style)}', which needs '{member}': {what}.");
        }
    }

    private static void Forbid(ValidationContext context, Pagination pagination, string subject, string member, string? value, params PaginationStyle[] styles)
    {
        if (value is not null && System.Array.IndexOf(styles, pagination.Style) < 0)
        {
            context.Error(DiagnosticIds.InvalidPagination, pagination.Span, $"{subject} sets '{member}', which style '{Style(pagination.Style)}' does not use.");
        }
    }

    private static void Parameter(ValidationContext context, Operation operation, Pagination pagination, string subject, string member, string? name, SchemaType type)
    {
        if (name is null)
        {
            return;
        }

        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Name == name && parameter.In == ParameterLocation.Query)
            {
                if (Resolve(context, parameter.Schema)?.Type is { } actual && actual != type)
                {
                    context.Error(DiagnosticIds.InvalidPagination, pagination.Span, $"{subject}: '{member}' names the query parameter '{name}', which must be {Article(type)}.");
                }

                return;
            }
        }

        context.Error(DiagnosticIds.InvalidPagination, pagination.Span, $"{subject}: '{member}' names '{name}', which is not a query parameter of the operation.");
    }

    private static void Member(ValidationContext context, Schema answer, Pagination pagination, string subject, string member, string? name, SchemaType type)
    {
        if (name is null)
        {
            return;
        }

        var found = FindMember(context, answer, name, new HashSet<string>(System.StringComparer.Ordinal));
        if (found is null)
        {
            context.Error(DiagnosticIds.InvalidPagination, pagination.Span, $"{subject}: '{member}' names '{name}', which is not a member of the success answer.");
        }
        else if (Resolve(context, found)?.Type is { } actual && actual != type && !(type == SchemaType.Integer && actual == SchemaType.Number))
        {
            context.Error(DiagnosticIds.InvalidPagination, pagination.Span, $"{subject}: '{member}' names the answer member '{name}', which must be {Article(type)}.");
        }
    }

    /// <summary>A top-level member of the answer: of the object itself, a <c>$ref</c>, or one branch of an allOf/oneOf/anyOf.</summary>
    private static Schema? FindMember(ValidationContext context, Schema schema, string name, HashSet<string> seen)
    {
        if (schema.RefName is { } refName)
        {
            return seen.Add(refName) && context.Types.Find(refName) is { } named ? FindMember(context, named, name, seen) : null;
        }

        foreach (var property in schema.Properties)
        {
            if (property.Name == name)
            {
                return property.Schema;
            }
        }

        foreach (var branches in new[] { schema.AllOf, schema.OneOf, schema.AnyOf })
        {
            foreach (var branch in branches)
            {
                if (FindMember(context, branch, name, seen) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static Schema? Resolve(ValidationContext context, Schema schema)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var current = schema;
        while (current.RefName is { } refName)
        {
            if (!seen.Add(refName) || context.Types.Find(refName) is not { } named)
            {
                return null;
            }

            current = named;
        }

        return current.Type == SchemaType.Any ? null : current;
    }

    private static string Style(PaginationStyle style) => style.ToString().ToLowerInvariant();

    private static string Article(SchemaType type) => type switch
    {
        SchemaType.Integer => "an integer",
        SchemaType.Boolean => "a boolean",
        SchemaType.Array => "an array",
        _ => "a string",
    };
}
