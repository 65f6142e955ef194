using System.Threading;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Generator.Emitter;

namespace HookSnippets.Generator.Pipeline;

/// <summary>Calls the emitter for one client or for the project's shared runtime types, guarded like every step.</summary>
internal static class SourceEmission
{
    public static EmittedSources EmitClient(ResolvedClient? client, CancellationToken cancellationToken)
    {
        if (client is null)
        {
            return EmittedSources.None;
        }

        return StepGuard.Run(
            client.Path,
            "emitting the client",
            () => new EmittedSources(ClientEmitter.Emit(client.Shape, client.RuntimeNamespace, client.HintPrefix, client.DependencyInjection), EquatableArray<DiagnosticInfo>.Empty),
            EmittedSources.Failed,
            cancellationToken);
    }

    /// <summary>
    /// Nothing when <paramref name="runtimeNamespace"/> is null (see <see cref="RuntimeNamespace.Resolve"/>). The shared
    /// types belong to no description file, so a failure here has no location (empty path).
    /// </summary>
    public static EmittedSources EmitShared(string? runtimeNamespace, CancellationToken cancellationToken)
    {
        if (runtimeNamespace is null)
        {
            return EmittedSources.None;
        }

        return StepGuard.Run(
            string.Empty,
            "emitting the shared runtime types",
            () => new EmittedSources(ClientEmitter.EmitShared(runtimeNamespace), EquatableArray<DiagnosticInfo>.Empty),
            EmittedSources.Failed,
            cancellationToken);
    }
}
