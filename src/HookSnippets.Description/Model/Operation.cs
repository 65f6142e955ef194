using HookSnippets.Description.Json;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Model;

/// <summary>
/// One HTTP operation. <see cref="Id"/> is dotted: the group path then the method name
/// (<c>hooks.secrets.create</c> is <c>client.Hooks.Secrets.CreateAsync</c>). <see cref="Security"/> is null when the
/// operation authenticates as the description says, empty when it is public.
/// </summary>
public sealed record Operation(
    string Id,
    SourceSpan IdSpan,
    string Method,
    string Path,
    SourceSpan PathSpan,
    string? Summary,
    string? Description,
    EquatableArray<string> Scopes,
    EquatableArray<SecurityRequirement>? Security,
    EquatableArray<Parameter> Parameters,
    RequestBody? Body,
    EquatableArray<Response> Responses,
    EquatableArray<ErrorResponse> Errors,
    bool Deprecated,
    SourceSpan Span,
    Pagination? Pagination = null)
{
    /// <summary>The id split at its dots: the groups, then the method name last.</summary>
    public EquatableArray<string> IdSegments => Id.Split('.').ToEquatableArray();

    /// <summary>Where <c>import</c> found the operation; null for one written by hand.</summary>
    public OperationSource? Source { get; init; }
}

public enum ParameterLocation
{
    Path,
    Query,
    Header,
}

/// <summary>
/// How an array (or object) is written into a query or a form body: the name repeated (<c>form</c>), one comma-joined
/// value (<c>comma</c>), or bracketed names <c>name[key]</c> and <c>name[0]</c> (<c>deepObject</c>, form body fields only).
/// </summary>
public enum ParameterStyle
{
    Form,
    Comma,
    DeepObject,
}

/// <summary><see cref="Example"/> is the first of <see cref="Examples"/> when only named examples are given.</summary>
public sealed record Parameter(
    string Name,
    ParameterLocation In,
    bool Required,
    Schema Schema,
    JsonNode? Example,
    EquatableArray<NamedExample> Examples,
    string? Description,
    ParameterStyle Style,
    SourceSpan Span);

/// <summary>A success status (<c>"200"</c>) with the schema of its body, if it has one, and examples of that body for docs pages.</summary>
public sealed record Response(string Status, string? Description, Schema? Schema, EquatableArray<NamedExample> Examples, SourceSpan Span);

/// <summary>An error status with the message the API documents for it, and examples of its body for docs pages.</summary>
public sealed record ErrorResponse(string Status, string Message, EquatableArray<NamedExample> Examples, SourceSpan Span);

/// <summary>
/// A named example (<c>examples</c> of a body, a parameter or a response): request examples give one sample set each,
/// response examples are kept for docs pages.
/// </summary>
public sealed record NamedExample(string Name, string? Summary, string? Description, JsonNode Value, SourceSpan Span);
