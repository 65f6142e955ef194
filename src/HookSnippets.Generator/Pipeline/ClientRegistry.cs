using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// All clients of the project seen together: the namespaces that need the shared runtime types (each once),
/// the files whose client is not emitted because an earlier file already emits the same type, and why.
/// </summary>
internal sealed record ClientRegistry(
    EquatableArray<string> Namespaces,
    EquatableArray<string> SuppressedPaths,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly ClientRegistry Empty = new(
        EquatableArray<string>.Empty,
        EquatableArray<string>.Empty,
        EquatableArray<DiagnosticInfo>.Empty);

    public bool IsSuppressed(string path)
    {
        foreach (var suppressed in SuppressedPaths)
        {
            if (suppressed == path)
            {
                return true;
            }
        }

        return false;
    }
}
