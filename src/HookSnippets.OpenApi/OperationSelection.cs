using Microsoft.OpenApi;

namespace HookSnippets.OpenApi;

/// <summary>
/// The <c>--tag</c> and <c>--path</c> filters. Tags match whatever their case (<c>--tag gameplay</c> selects the tag
/// <c>Gameplay</c>); a <c>--tag</c> that matches no operation is reported with the tags that exist.
/// </summary>
internal sealed class OperationSelection(ImportOptions options, ImportReport report)
{
    private readonly List<string> _tagsSeen = [];
    private readonly HashSet<string> _tagsMatched = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the operation at <paramref name="path"/> (the path without a query or fragment) is imported.</summary>
    public bool Selects(string path, OpenApiOperation operation)
    {
        var tags = (operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).OfType<string>().ToList();
        foreach (var tag in tags.Where(t => !_tagsSeen.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            _tagsSeen.Add(tag);
        }

        var byTag = options.Tags.Count == 0 || tags.Any(t => options.Tags.Contains(t, StringComparer.OrdinalIgnoreCase));
        var byPath = options.PathPrefixes.Count == 0 || options.PathPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));
        if (byTag && byPath)
        {
            _tagsMatched.UnionWith(tags);
        }

        return byTag && byPath;
    }

    /// <summary>Reports each <c>--tag</c> that selected nothing (call once every operation was asked about).</summary>
    public void ReportUnknownTags()
    {
        foreach (var tag in options.Tags.Where(t => !_tagsMatched.Contains(t)))
        {
            report.Add("--tag " + tag, "no operation has this tag" + TagList());
        }
    }

    public string NothingSelectedMessage() =>
        options.Tags.Count + options.PathPrefixes.Count == 0
            ? "No operation to import."
            : "No operation to import matches the --tag/--path filters" + (options.Tags.Count > 0 ? TagList() : ".");

    private string TagList() => _tagsSeen.Count == 0 ? "; the operations have no tags." : "; the tags are: " + string.Join(", ", _tagsSeen) + ".";
}
