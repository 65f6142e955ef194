using HookSnippets.ClientShape;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// All the emit step reads for one description: the client's shape, the namespace of the shared runtime types it
/// refers to, the start of its files' hint names, and the file's path (where a failure to emit is reported). Nothing
/// in it is a position in the file, so an edit that only moves text leaves it equal and emission stays cached.
/// </summary>
internal sealed record ResolvedClient(string Path, CSharpClientShape Shape, string RuntimeNamespace, string HintPrefix, bool DependencyInjection = false);

/// <summary>
/// What one description resolves to: its client (null when something prevents emitting it) and every diagnostic of
/// the file, from reading it to shaping the client, located in the file. The pipeline splits the two, so that the
/// located diagnostics flow to their own output and never into emission.
/// </summary>
internal sealed record ClientResolution(ResolvedClient? Client, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static ClientResolution Failed(EquatableArray<DiagnosticInfo> diagnostics) => new(null, diagnostics);
}
