using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Generator.Emitter;

namespace HookSnippets.Generator.Pipeline;

/// <summary>The sources one emit step produced, or the diagnostic saying why it produced none.</summary>
internal sealed record EmittedSources(EquatableArray<GeneratedSource> Sources, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public static readonly EmittedSources None = new(EquatableArray<GeneratedSource>.Empty, EquatableArray<DiagnosticInfo>.Empty);

    public static EmittedSources Failed(DiagnosticInfo problem) =>
        new(EquatableArray<GeneratedSource>.Empty, new EquatableArray<DiagnosticInfo>(new[] { problem }));
}
