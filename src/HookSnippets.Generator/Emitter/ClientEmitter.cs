using System.Collections.Generic;
using HookSnippets.Description;
using HookSnippets.ClientShape;

namespace HookSnippets.Generator.Emitter;

/// <summary>
/// Turns a <see cref="CSharpClientShape"/> into source files with stable hint names:
/// <c>Auth0ManagementClient.g.cs</c> (client and options), one <c>Auth0ManagementClient.Hooks.Secrets.g.cs</c> per
/// group, <c>Auth0ManagementClient.Types.g.cs</c>, <c>Auth0ManagementClient.Json.g.cs</c> and, with
/// Microsoft.Extensions.Http referenced, <c>Auth0ManagementClient.DependencyInjection.g.cs</c>.
/// </summary>
public static class ClientEmitter
{
    private static readonly HashSet<string> FileSuffixes = new() { "Types", "Json", "DependencyInjection" };

    /// <summary>A client whose shared runtime types are in its own namespace, its hint names starting with the client name.</summary>
    public static EquatableArray<GeneratedSource> Emit(CSharpClientShape shape) => Emit(shape, shape.Namespace, shape.ClientName);

    /// <summary>
    /// A client referring to the shared runtime types of <paramref name="runtimeNamespace"/>, its hint names starting
    /// with <paramref name="hintPrefix"/>; <paramref name="dependencyInjection"/> adds <c>services.Add{Client}</c>.
    /// </summary>
    public static EquatableArray<GeneratedSource> Emit(CSharpClientShape shape, string runtimeNamespace, string hintPrefix, bool dependencyInjection)
    {
        var sources = new List<GeneratedSource>(Emit(shape, runtimeNamespace, hintPrefix));
        if (dependencyInjection)
        {
            sources.Add(new GeneratedSource($"{hintPrefix}.DependencyInjection.g.cs", DependencyInjectionEmitter.Emit(shape)));
        }

        return sources.ToEquatableArray();
    }

    /// <summary>
    /// A client referring to the shared runtime types of <paramref name="runtimeNamespace"/> (see <see cref="EmitShared"/>),
    /// its hint names starting with <paramref name="hintPrefix"/> instead of the client name.
    /// </summary>
    public static EquatableArray<GeneratedSource> Emit(CSharpClientShape shape, string runtimeNamespace, string hintPrefix)
    {
        var runtime = CSharpNames.Qualifier(runtimeNamespace);
        var classes = new ClientClassEmitter(shape, runtime);
        var sources = new List<GeneratedSource>
        {
            new($"{hintPrefix}.g.cs", classes.EmitClient()),
        };
        foreach (var group in shape.Groups)
        {
            if (group.Path.IsEmpty)
            {
                continue;
            }

            var path = string.Join(".", group.Path);
            // A group called Types or Json would take the name of a shared file; '-' never occurs in a C# name.
            var hint = $"{hintPrefix}.{path}{(FileSuffixes.Contains(path) ? "-group" : string.Empty)}.g.cs";
            sources.Add(new GeneratedSource(hint, classes.EmitGroup(group)));
        }

        if (!shape.Types.IsEmpty)
        {
            sources.Add(new GeneratedSource($"{hintPrefix}.Types.g.cs", TypesEmitter.Emit(shape, runtime)));
        }

        sources.Add(new GeneratedSource($"{hintPrefix}.Json.g.cs", new JsonEmitter(shape, runtime, insideJsonClass: true).Emit(shape)));
        return sources.ToEquatableArray();
    }

    /// <summary>The runtime types every client of a project uses, in <paramref name="namespace"/>; emitted once per project.</summary>
    public static EquatableArray<GeneratedSource> EmitShared(string @namespace) =>
        new[] { RuntimeEmitter.Emit(@namespace) }.ToEquatableArray();
}
