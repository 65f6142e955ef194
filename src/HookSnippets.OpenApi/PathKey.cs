using System.Text.RegularExpressions;

namespace HookSnippets.OpenApi;

/// <summary>
/// A key of <c>paths</c> split into what an HTTP request sends. Some vendors write a constant query into the key
/// (<c>/responses?beta=true</c>), to tell apart operations on one path, or a fragment (<c>/files/{id}#add_shared_link</c>),
/// which a request never sends: the query becomes constant query parameters, the fragment only tells the operation apart.
/// </summary>
/// <param name="Path">The path template alone: <c>/responses</c>, <c>/files/{id}</c>.</param>
/// <param name="Query">The constant query parameters, in order.</param>
/// <param name="Fragment">The text after <c>#</c>, or null.</param>
/// <param name="Problem">Why the key cannot be a request (a query name without a value...), or null.</param>
internal sealed partial record PathKey(string Path, IReadOnlyList<(string Name, string Value)> Query, string? Fragment, string? Problem)
{
    public static PathKey Parse(string key)
    {
        var hash = key.IndexOf('#');
        var fragment = hash < 0 ? null : key[(hash + 1)..];
        var beforeFragment = hash < 0 ? key : key[..hash];
        var question = beforeFragment.IndexOf('?');
        if (question < 0)
        {
            return new PathKey(beforeFragment, [], fragment, null);
        }

        var query = new List<(string, string)>();
        foreach (var pair in beforeFragment[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            if (equals < 0 || !WireName().IsMatch(name))
            {
                var reason = equals < 0
                    ? $"the query '{pair}' in the path has no value (a description sends name=value)"
                    : $"the query name '{name}' in the path has characters outside A-Z a-z 0-9 - . _ ~";
                return new PathKey(beforeFragment[..question], [], fragment, reason);
            }

            query.Add((name, Uri.UnescapeDataString(pair[(equals + 1)..])));
        }

        return new PathKey(beforeFragment[..question], query, fragment, null);
    }

    /// <summary>Words that tell this operation apart from one on the bare path: the fragment's, else the query's.</summary>
    public IReadOnlyList<string> DistinctWords() =>
        Fragment is not null ? Words.Split(Fragment) : Query.SelectMany(q => Words.Split(q.Name).Concat(Words.Split(q.Value))).ToList();

    [GeneratedRegex("^[A-Za-z0-9._~-]+$")]
    private static partial Regex WireName();
}
