// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// The loops behind every generated <c>ListAllAsync</c>: one per pagination style, generic over the operation's answer,
/// so each paged operation emits a single call with lambdas naming its members. Every page is fetched with the
/// enumeration's token, which is checked before each fetch.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal static class HookSnippetsPaging
{
    /// <summary>
    /// Page indexes from <paramref name="firstPage"/> on. With a total in the answer, the listing ends once the items
    /// seen (or the answer's start plus this page) reach it; without one, a page shorter than the limit the server
    /// reports ends it (never the size asked for: servers cap it, Auth0 at 50). An empty page always ends it.
    /// </summary>
    internal static async global::System.Collections.Generic.IAsyncEnumerable<global::HookSnippets.Generator.Runtime.Page<T>> Offset<TResult, T>(
        global::System.Func<int, global::HookSnippets.Generator.Runtime.RequestOptions, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<TResult>> fetch,
        global::HookSnippets.Generator.Runtime.RequestOptions? options,
        global::System.Func<TResult, global::System.Collections.Generic.IReadOnlyList<T>?> items,
        global::System.Func<TResult, long?> total,
        global::System.Func<TResult, long?> limit,
        global::System.Func<TResult, long?> start,
        int firstPage,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        long seen = 0;
        for (var index = firstPage; ; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (result, page) = await FetchAsync((observed, token) => fetch(index, observed, token), options, null, items, total, cancellationToken).ConfigureAwait(false);
            if (page.Items.Count > 0 || index == firstPage)
            {
                yield return page;
            }

            seen += page.Items.Count;
            if (page.Items.Count == 0)
            {
                yield break;
            }

            if (page.Total is { } all)
            {
                var reached = start(result) is { } first ? first + page.Items.Count : seen;
                if (reached >= all)
                {
                    yield break;
                }
            }
            else if (limit(result) is { } size && page.Items.Count < size)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// A value from each answer passed back for the next page (checkpoint and cursor styles): a missing or empty next
    /// value ends the listing, and so does an empty page or a next value equal to the one just sent (a server that
    /// would otherwise be asked for the same page forever).
    /// </summary>
    internal static async global::System.Collections.Generic.IAsyncEnumerable<global::HookSnippets.Generator.Runtime.Page<T>> Cursor<TResult, T>(
        global::System.Func<string?, global::HookSnippets.Generator.Runtime.RequestOptions, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<TResult>> fetch,
        global::HookSnippets.Generator.Runtime.RequestOptions? options,
        global::System.Func<TResult, global::System.Collections.Generic.IReadOnlyList<T>?> items,
        global::System.Func<TResult, long?> total,
        global::System.Func<TResult, string?> next,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        string? cursor = null;
        for (var first = true; ; first = false)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (result, page) = await FetchAsync((observed, token) => fetch(cursor, observed, token), options, null, items, total, cancellationToken).ConfigureAwait(false);
            if (page.Items.Count > 0 || first)
            {
                yield return page;
            }

            var following = next(result);
            if (page.Items.Count == 0 || string.IsNullOrEmpty(following) || following == cursor)
            {
                yield break;
            }

            cursor = following;
        }
    }

    /// <summary>The URL of the <c>Link</c> header's <c>rel="next"</c> (RFC 8288) leads on; without one the listing ends.</summary>
    internal static async global::System.Collections.Generic.IAsyncEnumerable<global::HookSnippets.Generator.Runtime.Page<T>> Link<TResult, T>(
        global::System.Func<global::HookSnippets.Generator.Runtime.RequestOptions, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<TResult>> fetch,
        global::HookSnippets.Generator.Runtime.RequestOptions? options,
        global::System.Func<TResult, global::System.Collections.Generic.IReadOnlyList<T>?> items,
        global::System.Func<TResult, long?> total,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        string? url = null;
        for (var first = true; ; first = false)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (_, page) = await FetchAsync(fetch, options, url, items, total, cancellationToken).ConfigureAwait(false);
            if (page.Items.Count > 0 || first)
            {
                yield return page;
            }

            var following = NextLink(page.Response.Headers);
            if (page.Items.Count == 0 || following is null || following == url)
            {
                yield break;
            }

            url = following;
        }
    }

    /// <summary>One page: the call with options that see its answer (sent to <paramref name="url"/> when given), read into a page.</summary>
    private static async global::System.Threading.Tasks.Task<(TResult Result, global::HookSnippets.Generator.Runtime.Page<T> Page)> FetchAsync<TResult, T>(
        global::System.Func<global::HookSnippets.Generator.Runtime.RequestOptions, global::System.Threading.CancellationToken, global::System.Threading.Tasks.Task<TResult>> fetch,
        global::HookSnippets.Generator.Runtime.RequestOptions? options,
        string? url,
        global::System.Func<TResult, global::System.Collections.Generic.IReadOnlyList<T>?> items,
        global::System.Func<TResult, long?> total,
        global::System.Threading.CancellationToken cancellationToken)
    {
        var (result, response) = await global::HookSnippets.Generator.Runtime.ApiResponse.ObserveAsync(observed => fetch(observed, cancellationToken), options, url).ConfigureAwait(false);
        return (result, new(items(result) ?? global::System.Array.Empty<T>(), total(result), response));
    }

    /// <summary>The target of the first <c>rel="next"</c> link of the <c>Link</c> headers, or null.</summary>
    internal static string? NextLink(global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Collections.Generic.IReadOnlyList<string>> headers)
    {
        if (!headers.TryGetValue("Link", out var values))
        {
            return null;
        }

        foreach (var value in values)
        {
            var position = 0;
            while (position < value.Length)
            {
                var open = value.IndexOf('<', position);
                var close = open < 0 ? -1 : value.IndexOf('>', open);
                if (close < 0)
                {
                    break;
                }

                var end = value.IndexOf(",", close, global::System.StringComparison.Ordinal);
                var parameters = value.Substring(close + 1, (end < 0 ? value.Length : end) - close - 1);
                foreach (var parameter in parameters.Split(';'))
                {
                    var pair = parameter.Split(new[] { '=' }, 2);
                    if (pair.Length == 2 && pair[0].Trim().Equals("rel", global::System.StringComparison.OrdinalIgnoreCase)
                        && global::System.Array.IndexOf(pair[1].Trim().Trim('"').Split(' '), "next") >= 0)
                    {
                        return value.Substring(open + 1, close - open - 1);
                    }
                }

                position = end < 0 ? value.Length : end + 1;
            }
        }

        return null;
    }
}
