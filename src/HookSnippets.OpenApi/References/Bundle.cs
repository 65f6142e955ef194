using HookSnippets.Description.Json;
using HookSnippets.OpenApi.Sources;

namespace HookSnippets.OpenApi.References;

/// <summary>
/// The description as one self-contained document: no <c>$ref</c> to another file or into the middle of a node is
/// left (schemas such references name are named components; other objects are inlined), with the map back to the
/// files, what could not be resolved and what was rewritten (<see cref="Notes"/>: combined pointer, reason), and the
/// schemas that say <c>const: null</c> (<see cref="ConstNulls"/>), which the reader's model cannot tell from no const.
/// </summary>
internal sealed record Bundle(
    JsonObject Root,
    SourceMap Map,
    IReadOnlyList<Problem> Problems,
    IReadOnlyList<(string Pointer, string Reason)> Notes,
    IReadOnlyList<(SourceFile File, DuplicateKey Key)> Duplicates,
    IReadOnlySet<string> ConstNulls,
    bool IsSwagger2);
