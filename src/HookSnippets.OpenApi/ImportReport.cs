namespace HookSnippets.OpenApi;

/// <summary>Collects <see cref="ImportNote"/>s; each (location, reason) pair is kept once, in the order found.</summary>
internal sealed class ImportReport
{
    private readonly List<ImportNote> _notes = [];
    private readonly HashSet<ImportNote> _seen = [];

    public IReadOnlyList<ImportNote> Notes => _notes;

    public void Add(string location, string reason)
    {
        var note = new ImportNote(location, reason);
        if (_seen.Add(note))
        {
            _notes.Add(note);
        }
    }
}
