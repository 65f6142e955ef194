using HookSnippets.Description.Text;
using HookSnippets.OpenApi.References;
using HookSnippets.OpenApi.Sources;

namespace HookSnippets.OpenApi;

/// <summary>
/// Collects <see cref="ImportNote"/>s; each (location, reason) pair is kept once, in the order found. Locations that
/// are pointers into the combined document are shown as the user wrote them (their file and pointer) and located
/// through the <see cref="Map"/>; an operation (<c>GET /path</c>) and a place in the output (<c>endpoints.json#/types/Pet</c>)
/// are located at the source node they came from.
/// </summary>
internal sealed class ImportReport
{
    private const string OutputPrefix = "endpoints.json#";

    private readonly List<ImportNote> _notes = [];
    private readonly HashSet<(string, string)> _seen = [];
    private readonly Dictionary<string, string> _sources = new(StringComparer.Ordinal);

    public IReadOnlyList<ImportNote> Notes => _notes;

    public SourceMap? Map { get; set; }

    /// <summary>Turns a pointer of the OpenAPI 3 model into one of the file (for Swagger 2.0, <see cref="Swagger2Pointers"/>).</summary>
    public Func<string, string> ToDocument { get; set; } = pointer => pointer;

    /// <summary>
    /// Where notes about <paramref name="location"/> (an operation as <c>GET /path</c>, or an output place such as
    /// <c>endpoints.json#/types/Pet</c>, which also covers the places under it) point in the source.
    /// </summary>
    public void Source(string location, string pointer) => _sources[location] = pointer;

    public void Add(string location, string reason)
    {
        var pointer = location.StartsWith('#') ? location = ToDocument(location) : SourceOf(location);
        if (Map is null || pointer is null)
        {
            Add(new ImportNote(location, reason));
            return;
        }

        var source = Map.Locate(pointer);
        Add(new ImportNote(location.StartsWith('#') ? Map.Display(source) : location, reason, source.File.DisplayPath, source.Span));
    }

    /// <summary>A note about a node of a file that is not part of the combined document (a duplicate key, say).</summary>
    public void Add(string location, string reason, SourceFile file, SourceSpan span) => Add(new ImportNote(location, reason, file.DisplayPath, span));

    private void Add(ImportNote note)
    {
        if (_seen.Add((note.Location, note.Reason)))
        {
            _notes.Add(note);
        }
    }

    private string? SourceOf(string location)
    {
        if (_sources.TryGetValue(location, out var pointer))
        {
            return pointer;
        }

        if (!location.StartsWith(OutputPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        // endpoints.json#/types/Pet/properties/name → the source of endpoints.json#/types/Pet.
        var tokens = JsonPointer.Split(location[(OutputPrefix.Length - 1)..]) ?? [];
        return tokens.Count >= 2 && _sources.TryGetValue(OutputPrefix + "/" + JsonPointer.Escape(tokens[0]) + "/" + JsonPointer.Escape(tokens[1]), out var owner) ? owner : null;
    }
}
