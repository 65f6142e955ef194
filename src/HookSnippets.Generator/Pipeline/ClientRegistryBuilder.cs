using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Generator.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// Looks at every client of the project at once. Files are taken in ordinal path order, so the same project always
/// keeps the same client when two collide, whatever order MSBuild lists them in.
/// </summary>
internal static class ClientRegistryBuilder
{
    public static ClientRegistry Build(ImmutableArray<ClientKey?> keys)
    {
        var sorted = new List<ClientKey>();
        foreach (var key in keys)
        {
            if (key is not null)
            {
                sorted.Add(key);
            }
        }

        sorted.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        var firstPathByType = new Dictionary<string, string>(StringComparer.Ordinal);
        var namespaces = new SortedSet<string>(StringComparer.Ordinal);
        var suppressed = new List<string>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var key in sorted)
        {
            var typeName = key.Namespace + "." + key.ClientName;
            if (firstPathByType.TryGetValue(typeName, out var firstPath))
            {
                suppressed.Add(key.Path);
                diagnostics.Add(GeneratorDiagnostics.DuplicateClient(key.Path, key.Namespace, key.ClientName, firstPath));
                continue;
            }

            firstPathByType.Add(typeName, key.Path);
            namespaces.Add(key.Namespace);
        }

        return new ClientRegistry(namespaces.ToEquatableArray(), suppressed.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
