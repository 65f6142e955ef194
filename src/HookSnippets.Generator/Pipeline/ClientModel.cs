using HookSnippets.Description;
using HookSnippets.ClientShape;
using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// What one description becomes: the client shape to emit (null when something prevents emitting it), the namespace
/// of the shared runtime types it refers to, the start of its files' hint names, and every diagnostic of the file,
/// from reading it to resolving the client's names.
/// </summary>
internal sealed record ClientModel(
    string Path,
    CSharpClientShape? Shape,
    string RuntimeNamespace,
    string HintPrefix,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static ClientModel Failed(string path, EquatableArray<DiagnosticInfo> diagnostics) =>
        new(path, null, string.Empty, string.Empty, diagnostics);
}
