using HookSnippets.Description.Json;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Model;

/// <summary>
/// One HTTP operation. <see cref="Id"/> is dotted: the group path then the method name
/// (<c>hooks.secrets.create</c> is <c>client.Hooks.Secrets.CreateAsync</c>).
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
}

public enum ParameterLocation
{
    Path,
    Query,
    Header,
}

/// <summary>How an array query parameter is written: the name repeated (<c>form</c>) or one comma-joined value.</summary>
public enum ParameterStyle
{
    Form,
    Comma,
}

public sealed record Parameter(
    string Name,
    ParameterLocation In,
    bool Required,
    Schema Schema,
    JsonNode? Example,
    string? Description,
    ParameterStyle Style,
    SourceSpan Span);

/// <summary>
/// A request body. <see cref="Name"/> names the body parameter of generated clients
/// (<c>secrets</c> in <c>CreateAsync(id, secrets)</c>); null means <c>body</c>.
/// </summary>
public sealed record RequestBody(
    string? Name,
    string ContentType,
    bool Required,
    Schema Schema,
    JsonNode? Example,
    EquatableArray<Placeholder> Placeholders,
    string? Description,
    SourceSpan Span);

/// <summary>A success status (<c>"200"</c>) with the schema of its body, if it has one.</summary>
public sealed record Response(string Status, string? Description, Schema? Schema, SourceSpan Span);

/// <summary>An error status with the message the API documents for it.</summary>
public sealed record ErrorResponse(string Status, string Message, SourceSpan Span);
