using System.Globalization;
using HookSnippets.Description.Text;

namespace HookSnippets.OpenApi;

/// <summary>
/// Something of the OpenAPI description that the endpoints.json does not carry, or carries simplified: where (an
/// operation as <c>GET /path</c>, a JSON pointer such as <c>#/components/schemas/Hook/not</c>, prefixed with its file
/// when another file holds it, or a place in the output), why, and the file, line and column of the node it is about.
/// </summary>
public sealed record ImportNote(string Location, string Reason, string? FilePath, SourceSpan Span)
{
    public ImportNote(string location, string reason)
        : this(location, reason, null, default)
    {
    }

    /// <summary><c>openapi.yaml(17,9): not imported: #/paths/~1pets/get/parameters/1: cookie parameter ...</c>.</summary>
    public override string ToString() => FilePath is null
        ? $"not imported: {Location}: {Reason}"
        : string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): not imported: {3}: {4}", FilePath, Span.StartLine + 1, Span.StartColumn + 1, Location, Reason);
}
