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

        return StepGuard.Run(
            client.Path,
            "emitting the client",
            () => new EmittedSources(ClientEmitter.Emit(spec), EquatableArray<DiagnosticInfo>.Empty),
            EmittedSources.Failed,
            cancellationToken);
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
