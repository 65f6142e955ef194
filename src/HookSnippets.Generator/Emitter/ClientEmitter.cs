using System.Collections.Generic;
using HookSnippets.Description;
using HookSnippets.Description.CSharp;

namespace HookSnippets.Generator.Emitter;

/// <summary>
/// Turns a <see cref="ClientSpec"/> into source files with stable hint names:
/// <c>Auth0ManagementClient.g.cs</c> (client and options), one <c>Auth0ManagementClient.Hooks.Secrets.g.cs</c> per
/// group, <c>Auth0ManagementClient.Types.g.cs</c> and <c>Auth0ManagementClient.Json.g.cs</c>.
/// </summary>
public static class ClientEmitter
{
    private static readonly HashSet<string> FileSuffixes = new() { "Types", "Json" };

    public static EquatableArray<GeneratedSource> Emit(ClientSpec spec)
    {
        var classes = new ClientClassEmitter(spec);
        var sources = new List<GeneratedSource>
        {
            new(spec.ClientName + ".g.cs", classes.EmitClient()),
        };
        foreach (var group in spec.Groups)
        {
            if (group.Path.IsEmpty)
            {
                continue;
            }

            var path = string.Join(".", group.Path);
            // A group called Types or Json would take the name of a shared file; '-' never occurs in a C# name.
            var hint = spec.ClientName + "." + path + (FileSuffixes.Contains(path) ? "-group" : string.Empty) + ".g.cs";
            sources.Add(new GeneratedSource(hint, classes.EmitGroup(group)));
        }

        if (!spec.Types.IsEmpty)
        {
            sources.Add(new GeneratedSource(spec.ClientName + ".Types.g.cs", TypesEmitter.Emit(spec)));
        }

        sources.Add(new GeneratedSource(spec.ClientName + ".Json.g.cs", new JsonEmitter(spec).Emit(spec)));
        return sources.ToEquatableArray();
    }

    /// <summary>The runtime every client of <paramref name="namespace"/> uses; emit it once per namespace.</summary>
    public static EquatableArray<GeneratedSource> EmitShared(string @namespace) =>
        new[] { RuntimeEmitter.Emit(@namespace) }.ToEquatableArray();
}
