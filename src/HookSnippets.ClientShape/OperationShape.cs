using HookSnippets.Description;
using HookSnippets.Description.Model;

namespace HookSnippets.ClientShape;

/// <summary>
/// One generated method. <see cref="Parameters"/> are in C# argument order, the body among them.
/// <see cref="ResultType"/> comes from the first success response with a schema; <see cref="ResultIsOptional"/> says
/// another success status has no body (so the result is nullable). <see cref="Credentials"/> are the indices of the
/// client's credentials the call sends (its first security alternative; none for a public operation).
/// <see cref="BodyKind"/> says how the body argument is written, <see cref="BodyFields"/> how a form or multipart
/// body's fields are (only fields with an encoding are listed). <see cref="Paging"/> is the list-everything method of
/// a paged operation (null when it has none).
/// </summary>
public sealed record OperationShape(
    string Id,
    string MethodName,
    string HttpMethod,
    string Path,
    EquatableArray<PathPart> PathParts,
    string? Summary,
    string? Description,
    EquatableArray<string> Scopes,
    EquatableArray<ErrorShape> Errors,
    bool Deprecated,
    EquatableArray<ParameterShape> Parameters,
    TypeRef? ResultType,
    bool ResultIsOptional,
    bool IsIdempotent,
    EquatableArray<int> Credentials,
    BodyKind BodyKind,
    EquatableArray<BodyFieldShape> BodyFields,
    PagingShape? Paging = null)
{
    /// <summary>The request body argument, if the operation has one.</summary>
    public ParameterShape? Body
    {
        get
        {
            foreach (var parameter in Parameters)
            {
                if (parameter.Kind == ParameterKind.Body)
                {
                    return parameter;
                }
            }

            return null;
        }
    }
}

public enum PathPartKind
{
    Literal,
    Parameter,
}

/// <summary>A literal piece of the path, or the <see cref="ParameterShape.ArgumentName"/> whose value goes there.</summary>
public sealed record PathPart(PathPartKind Kind, string Value);

public enum ParameterKind
{
    Path,
    Query,
    Header,
    Body,
}

/// <summary>
/// One method argument. <see cref="Name"/> is the wire name (query or header name, path template name, or the body's
/// content type for a body). Optional arguments are nullable with a <c>null</c> default and are not sent when null.
/// </summary>
public sealed record ParameterShape(
    ParameterKind Kind,
    string Name,
    string ArgumentName,
    bool Required,
    TypeRef Type,
    ParameterStyle Style,
    string? Description);

public sealed record ErrorShape(string Status, string Message);

/// <summary>
/// How one field of a form or multipart body is written: its form <see cref="Style"/>, a part's Content-Type
/// (<see cref="ContentType"/>), and for a file field the filename the description gives it.
/// </summary>
public sealed record BodyFieldShape(string Field, ParameterStyle Style, string? ContentType, bool File, string? FileName);

/// <summary>
/// The method that lists every item of a paged operation (<c>ListAllAsync</c>). The argument names are the operation's
/// parameters the pager sets itself (left out of its own arguments); the member names are the JSON names of the
/// answer's members, looked up in the result type. <see cref="Items"/> null: the answer is a list result (its items
/// member) or a bare array.
/// </summary>
public sealed record PagingShape(
    string MethodName,
    PaginationStyle Style,
    string? PageArgument,
    string? PageSizeArgument,
    string? IncludeTotalsArgument,
    string? CursorArgument,
    string? Items,
    string? Total,
    string? Limit,
    string? Start,
    string? Next);
