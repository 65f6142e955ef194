using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// The outcome of an import. On success <see cref="EndpointsJson"/> is the endpoints.json text (2-space indent, LF,
/// final newline) and <see cref="Description"/> its validated model; on failure both are null and
/// <see cref="Errors"/> says why, in MSBuild format with the OpenAPI file's line and column where known.
/// <see cref="Notes"/> lists everything not imported or simplified, in a stable order.
/// </summary>
public sealed record ImportResult(
    string? EndpointsJson,
    ApiDescription? Description,
    IReadOnlyList<ImportNote> Notes,
    IReadOnlyList<DiagnosticInfo> Errors,
    int OperationsInFile)
{
    public bool Succeeded => EndpointsJson is not null;
}
