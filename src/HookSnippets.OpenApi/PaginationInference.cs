using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// Declares the pagination of imported GET operations whose parameters and answer follow a style every client of the
/// API would page by (docs/openapi-import.md, "Pagination"): Auth0's offset paging (<c>page</c>, <c>per_page</c>,
/// <c>include_totals</c>) and checkpoint paging (<c>from</c>, <c>take</c>, the answer's <c>next</c>), and the common
/// cursor names (<c>cursor</c>, <c>after</c>, <c>page_token</c>... with <c>next_cursor</c>, <c>nextPageToken</c>...).
/// The answer must hold exactly one array member (or be a bare array for offset paging), so the items are never guessed.
/// </summary>
internal static class PaginationInference
{
    private static readonly string[] CursorParameters = ["cursor", "after", "page_token", "pageToken", "starting_after", "next_token", "nextToken"];
    private static readonly string[] NextMembers = ["next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken", "next"];
    private static readonly string[] PageSizeParameters = ["limit", "page_size", "pageSize", "per_page", "take", "max_results", "maxResults"];

    public static Operation Infer(Operation operation, IReadOnlyDictionary<string, Schema> types)
    {
        if (operation.Method != "GET" || operation.Pagination is not null || operation.Responses.FirstOrDefault(r => r.Schema is not null)?.Schema is not { } answer)
        {
            return operation;
        }

        var members = new Dictionary<string, Schema>(StringComparer.Ordinal);
        var answerIsArray = Collect(answer, types, members, new HashSet<string>(StringComparer.Ordinal));
        var arrays = members.Where(m => Resolve(m.Value, types)?.Type == SchemaType.Array).Select(m => m.Key).ToList();
        string? items = arrays.Count == 1 ? arrays[0] : null;
        string? Member(string name, params SchemaType[] allowed) =>
            members.TryGetValue(name, out var schema) && Resolve(schema, types)?.Type is { } type && allowed.Contains(type) ? name : null;

        var pagination = Query(operation, types, "page", SchemaType.Integer) is { } page && Query(operation, types, "per_page", SchemaType.Integer) is { } perPage
                && (items is not null || (answerIsArray && members.Count == 0))
            ? new Pagination(
                PaginationStyle.Offset, page, perPage, Query(operation, types, "include_totals", SchemaType.Boolean), null, items,
                Member("total", SchemaType.Integer, SchemaType.Number), Member("limit", SchemaType.Integer, SchemaType.Number), Member("start", SchemaType.Integer, SchemaType.Number), null, default)
            : Query(operation, types, "from", SchemaType.String) is { } from && Member("next", SchemaType.String) is { } next && items is not null
                ? new Pagination(PaginationStyle.Checkpoint, null, Query(operation, types, "take", SchemaType.Integer), null, from, items, null, null, null, next, default)
                : Cursor(operation, types, items, Member);
        return pagination is null ? operation : operation with { Pagination = pagination };
    }

    private static Pagination? Cursor(Operation operation, IReadOnlyDictionary<string, Schema> types, string? items, Func<string, SchemaType[], string?> member)
    {
        var cursor = CursorParameters.Select(name => Query(operation, types, name, SchemaType.String)).FirstOrDefault(name => name is not null);
        var next = NextMembers.Select(name => member(name, [SchemaType.String])).FirstOrDefault(name => name is not null);
        if (cursor is null || next is null || items is null)
        {
            return null;
        }

        var pageSize = PageSizeParameters.Select(name => Query(operation, types, name, SchemaType.Integer)).FirstOrDefault(name => name is not null);
        return new Pagination(PaginationStyle.Cursor, null, pageSize, null, cursor, items, null, null, null, next, default);
    }

    private static string? Query(Operation operation, IReadOnlyDictionary<string, Schema> types, string name, SchemaType type) =>
        operation.Parameters.Any(p => p.Name == name && p.In == ParameterLocation.Query && Resolve(p.Schema, types)?.Type == type) ? name : null;

    /// <summary>The answer's top-level members (of every object branch); true when one branch is an array.</summary>
    private static bool Collect(Schema schema, IReadOnlyDictionary<string, Schema> types, Dictionary<string, Schema> members, HashSet<string> seen)
    {
        if (schema.RefName is { } name)
        {
            return seen.Add(name) && types.TryGetValue(name, out var named) && Collect(named, types, members, seen);
        }

        foreach (var property in schema.Properties)
        {
            members.TryAdd(property.Name, property.Schema);
        }

        var array = schema.Type == SchemaType.Array;
        foreach (var branch in schema.AllOf.Concat(schema.OneOf).Concat(schema.AnyOf))
        {
            array |= Collect(branch, types, members, seen);
        }

        return array;
    }

    private static Schema? Resolve(Schema schema, IReadOnlyDictionary<string, Schema> types)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (schema.RefName is { } name)
        {
            if (!seen.Add(name) || !types.TryGetValue(name, out var named))
            {
                return null;
            }

            schema = named;
        }

        return schema;
    }
}
