using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// The outcome of an import. On success <see cref="EndpointsJson"/> is the endpoints.json text (2-space indent, LF,
/// final newline) and <see cref="Description"/> its validated model; on failure both are null. <see cref="Diagnostics"/>
/// are located in the OpenAPI files (MSBuild format): on failure the errors that stopped it, on success warnings for
/// the nodes that could not be read (the operations reaching them are left out, and noted). <see cref="Notes"/> lists
/// everything not imported or simplified, in a stable order.
/// </summary>
public sealed record ImportResult(
    string? EndpointsJson,
    ApiDescription? Description,
    IReadOnlyList<ImportNote> Notes,
    IReadOnlyList<DiagnosticInfo> Diagnostics,
    int OperationsInFile)
{
    public bool Succeeded => EndpointsJson is not null;

    public IReadOnlyList<DiagnosticInfo> Errors => Diagnostics.Where(d => d.Severity == Severity.Error).ToList();

    public IReadOnlyList<DiagnosticInfo> Warnings => Diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
}
