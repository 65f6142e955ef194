using HookSnippets.Description;
using HookSnippets.Description.CSharp;
using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// What one description becomes: the client spec to emit with the namespace and client name it was built for
/// (all null when something prevents emitting it) and every diagnostic of the file, from reading it to
/// resolving the client's names.
/// </summary>
internal sealed record ClientModel(
    string Path,
    string? Namespace,
    string? ClientName,
    ClientSpec? Spec,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The key collisions are checked on; null when nothing will be emitted for this file.</summary>
    public ClientKey? Key => Spec is null || Namespace is null || ClientName is null
        ? null
        : new ClientKey(Path, Namespace, ClientName);
}

/// <summary>Where a client's types go: two clients with the same namespace and name cannot both be emitted.</summary>
internal sealed record ClientKey(string Path, string Namespace, string ClientName);
