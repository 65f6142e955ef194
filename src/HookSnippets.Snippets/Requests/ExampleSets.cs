using System.Text;
using HookSnippets.Description;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// One sample set of an operation (docs/endpoint-format.md, "Named examples"): its example name (null when the
/// operation has no named examples), the summary docs pages show, and the file suffix (null for the first set, which
/// keeps <c>&lt;op&gt;/&lt;target&gt;.&lt;ext&gt;</c>).
/// </summary>
public sealed record ExampleFacts(string? Name, string? Summary, string? Suffix);

/// <summary>
/// The sample sets of an operation: the example names of its body, then of each parameter, in order of first
/// appearance; set N takes each member's example of that name, else its default. Each set is the operation with
/// those examples in place, so everything downstream reads one example per member.
/// </summary>
public static class ExampleSets
{
    public static IReadOnlyList<(ExampleFacts Facts, Operation Operation)> Of(Operation operation)
    {
        var named = (operation.Body?.Examples ?? EquatableArray<NamedExample>.Empty)
            .Concat(operation.Parameters.SelectMany(p => p.Examples))
            .ToArray();
        var names = named.Select(e => e.Name).Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length == 0)
        {
            return [(new ExampleFacts(null, null, null), operation)];
        }

        var suffixes = new HashSet<string>(StringComparer.Ordinal);
        var sets = new List<(ExampleFacts, Operation)>();
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var summary = named.FirstOrDefault(e => e.Name == name && e.Summary is not null)?.Summary;
            var suffix = i == 0 ? null : Unique(Slug(name, i), suffixes);
            sets.Add((new ExampleFacts(name, summary, suffix), Resolve(operation, name)));
        }

        return sets;
    }

    private static Operation Resolve(Operation operation, string name) => operation with
    {
        Body = operation.Body is { } body ? body with { Example = Find(body.Examples, name) ?? body.Example } : null,
        Parameters = operation.Parameters.Select(p => p with { Example = Find(p.Examples, name) ?? p.Example }).ToEquatableArray(),
    };

    private static Description.Json.JsonNode? Find(EquatableArray<NamedExample> examples, string name) =>
        examples.FirstOrDefault(e => e.Name == name)?.Value;

    /// <summary>Lower-case letters and digits, every other run a <c>-</c>: <c>event_entry</c> → <c>event-entry</c>.</summary>
    private static string Slug(string name, int index)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().TrimEnd('-');
        return text.Length == 0 ? "example-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : text;
    }

    private static string Unique(string slug, HashSet<string> taken)
    {
        var candidate = slug;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
