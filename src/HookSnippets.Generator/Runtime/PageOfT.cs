// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>One page of a paged listing: its items, the total the API reported (when it did) and the answer's metadata.</summary>
/// <typeparam name="T">The item type.</typeparam>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public sealed class Page<T>
{
    /// <summary>A page as a test describes it.</summary>
    public Page(global::System.Collections.Generic.IReadOnlyList<T> items, long? total = null, global::HookSnippets.Generator.Runtime.ApiResponse? response = null)
    {
        Items = items ?? throw new global::System.ArgumentNullException(nameof(items));
        Total = total;
        Response = response ?? new global::HookSnippets.Generator.Runtime.ApiResponse(global::System.Net.HttpStatusCode.OK);
    }

    /// <summary>The items of this page, in the order the API answered them.</summary>
    public global::System.Collections.Generic.IReadOnlyList<T> Items { get; }

    /// <summary>How many items match the listing in all, when the answer says (<c>include_totals</c>); else null.</summary>
    public long? Total { get; }

    /// <summary>Status, headers and rate-limit information of the answer that carried this page.</summary>
    public global::HookSnippets.Generator.Runtime.ApiResponse Response { get; }
}
