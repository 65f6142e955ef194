using System.Collections.Generic;
using System.Threading;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Generator.Emitter;

namespace HookSnippets.Generator.Pipeline;

/// <summary>Calls the emitter for one client or one namespace's shared types, guarded like every step.</summary>
internal static class SourceEmission
{
    public static EmittedSources EmitClient(ClientModel client, ClientRegistry registry, CancellationToken cancellationToken)
    {
        var spec = client.Spec;
        if (spec is null || registry.IsSuppressed(client.Path))
        {
            return EmittedSources.None;
        }

        var @namespace = client.Namespace;
        return StepGuard.Run(
            client.Path,
            "emitting the client",
            () => new EmittedSources(Qualify(@namespace, ClientEmitter.Emit(spec)), EquatableArray<DiagnosticInfo>.Empty),
            EmittedSources.Failed,
            cancellationToken);
    }

    /// <summary>
    /// The emitter names a client's files after the client alone; two clients of the same name in different namespaces
    /// are allowed, and hint names must be unique per generator, so the namespace goes in front.
    /// </summary>
    private static EquatableArray<GeneratedSource> Qualify(string? @namespace, EquatableArray<GeneratedSource> sources)
    {
        if (string.IsNullOrEmpty(@namespace))
        {
            return sources;
        }

        var qualified = new List<GeneratedSource>(sources.Count);
        foreach (var source in sources)
        {
            qualified.Add(source with { HintName = @namespace + "." + source.HintName });
        }

        return qualified.ToEquatableArray();
    }

    /// <summary>Shared types belong to no description file, so a failure here has no location (empty path).</summary>
    public static EmittedSources EmitShared(string @namespace, CancellationToken cancellationToken) =>
        StepGuard.Run(
            string.Empty,
            "emitting the shared types of namespace " + @namespace,
            () => new EmittedSources(ClientEmitter.EmitShared(@namespace), EquatableArray<DiagnosticInfo>.Empty),
            EmittedSources.Failed,
            cancellationToken);
}
