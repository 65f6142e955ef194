// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// Every item of a paged listing, fetched page by page as it is enumerated (<c>await foreach (var hook in
/// client.Hooks.ListAllAsync())</c>), or the pages themselves with their totals (<see cref="AsPagesAsync"/>). Nothing
/// is sent until enumeration starts; each enumeration starts again from the first page. Cancelling the token given to
/// the enumeration (<c>WithCancellation</c>) stops it between pages and cancels the page being fetched.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public sealed class Pager<T> : global::System.Collections.Generic.IAsyncEnumerable<T>
{
    private readonly global::System.Func<global::System.Threading.CancellationToken, global::System.Collections.Generic.IAsyncEnumerable<global::HookSnippets.Generator.Runtime.Page<T>>> _pages;

    /// <summary>A pager over the pages <paramref name="pages"/> produces; a test passes pages of its own.</summary>
    public Pager(global::System.Func<global::System.Threading.CancellationToken, global::System.Collections.Generic.IAsyncEnumerable<global::HookSnippets.Generator.Runtime.Page<T>>> pages) =>
        _pages = pages ?? throw new global::System.ArgumentNullException(nameof(pages));

    /// <summary>A pager over fixed pages, for tests of code that takes a mocked client.</summary>
    public static global::HookSnippets.Generator.Runtime.Pager<T> FromPages(params global::HookSnippets.Generator.Runtime.Page<T>[] pages)
    {
        global::System.ArgumentNullException.ThrowIfNull(pages);
        return new(cancellationToken => Fixed(pages, cancellationToken));
    }

    /// <summary>The pages, each with its items, total and answer metadata.</summary>
    public global::System.Collections.Generic.IAsyncEnumerable<global::HookSnippets.Generator.Runtime.Page<T>> AsPagesAsync(global::System.Threading.CancellationToken cancellationToken = default) =>
        _pages(cancellationToken);

    /// <inheritdoc/>
    public async global::System.Collections.Generic.IAsyncEnumerator<T> GetAsyncEnumerator(global::System.Threading.CancellationToken cancellationToken = default)
    {
        // By hand rather than await foreach: the emitted code has no usings to find ConfigureAwait's extension with.
        var pages = _pages(cancellationToken).GetAsyncEnumerator(cancellationToken);
        try
        {
            while (await pages.MoveNextAsync().ConfigureAwait(false))
            {
                foreach (var item in pages.Current.Items)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            await pages.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async global::System.Collections.Generic.IAsyncEnumerable<global::HookSnippets.Generator.Runtime.Page<T>> Fixed(
        global::HookSnippets.Generator.Runtime.Page<T>[] pages,
        [global::System.Runtime.CompilerServices.EnumeratorCancellation] global::System.Threading.CancellationToken cancellationToken)
    {
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await global::System.Threading.Tasks.Task.Yield();
            yield return page;
        }
    }
}
