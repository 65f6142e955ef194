using HookSnippets.Description.Text;

namespace HookSnippets.Description.Model;

public enum PaginationStyle
{
    /// <summary>A page index and a page size (Auth0's <c>page</c>/<c>per_page</c>/<c>include_totals</c>).</summary>
    Offset,

    /// <summary>
    /// A value from the previous answer passed back as a query parameter (Auth0's <c>from</c>/<c>take</c> with the
    /// answer's <c>next</c>); the cursor-in-body style of other APIs is the same loop under other names.
    /// </summary>
    Checkpoint,

    /// <summary>As <see cref="Checkpoint"/>, under the names an API picks (<c>cursor</c> and <c>next_cursor</c>).</summary>
    Cursor,

    /// <summary>The next page's URL in the answer's <c>Link</c> header (<c>rel="next"</c>, RFC 8288).</summary>
    Link,
}

/// <summary>
/// How an operation's answer continues on a next page (docs/endpoint-format.md, "pagination"). The parameter members
/// (<see cref="Page"/>, <see cref="PageSize"/>, <see cref="IncludeTotals"/>, <see cref="Cursor"/>) name query parameters of
/// the operation; the answer members (<see cref="Items"/>, <see cref="Total"/>, <see cref="Limit"/>, <see cref="Start"/>,
/// <see cref="Next"/>) name top-level members of its success schema.
/// </summary>
public sealed record Pagination(
    PaginationStyle Style,
    string? Page,
    string? PageSize,
    string? IncludeTotals,
    string? Cursor,
    string? Items,
    string? Total,
    string? Limit,
    string? Start,
    string? Next,
    SourceSpan Span);
