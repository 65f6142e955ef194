using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;

namespace HookSnippets.OpenApi.Sources;

/// <summary>
/// A JSON file read with the description's own parser, which keeps the span of every value (and positions as Roslyn
/// counts them), so an OpenAPI file and an endpoints.json are located the same way.
/// </summary>
internal static class JsonSource
{
    public static SourceReadResult Read(string text, string fullPath, string displayPath)
    {
        var parsed = JsonParser.Parse(text, displayPath);
        if (parsed.Root is null)
        {
            var first = parsed.Diagnostics.First(d => d.Severity == Severity.Error);
            return SourceReadResult.Failed(first with { Id = DiagnosticIds.OpenApiSyntax, Message = "Not valid JSON: " + first.Message });
        }

        var duplicates = parsed.Diagnostics
            .Where(d => d.Id == DiagnosticIds.JsonDuplicateMember)
            .Select(d => JsonTreeEdit.PathAt(parsed.Root, d.Span.Start))
            .Select(path => new DuplicateKey(path[^1], "#" + string.Concat(path.Select(t => "/" + JsonPointer.Escape(t))), FindName(parsed.Root, path)))
            .ToList();
        var root = duplicates.Count == 0 ? parsed.Root : LastValueWins(parsed.Root);
        return new SourceReadResult(new SourceFile(fullPath, displayPath, root), null, duplicates);
    }

    private static Description.Text.SourceSpan FindName(JsonNode root, List<string> path)
    {
        JsonNode node = root;
        var span = root.Span;
        foreach (var token in path)
        {
            switch (node)
            {
                case JsonObject obj:
                    var member = obj.Members.Last(m => m.Name == token);
                    span = member.NameSpan;
                    node = member.Value;
                    break;
                case JsonArray array:
                    node = array.Items[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)];
                    span = node.Span;
                    break;
            }
        }

        return span;
    }

    /// <summary>The tree with only the last member of each duplicated name, as JSON parsers keep it.</summary>
    private static JsonNode LastValueWins(JsonNode node) => node switch
    {
        JsonObject obj => obj with
        {
            Members = obj.Members
                .Where((m, i) => !obj.Members.Skip(i + 1).Any(later => later.Name == m.Name))
                .Select(m => m with { Value = LastValueWins(m.Value) })
                .ToEquatableArray(),
        },
        JsonArray array => array with { Items = array.Items.Select(LastValueWins).ToEquatableArray() },
        _ => node,
    };
}
