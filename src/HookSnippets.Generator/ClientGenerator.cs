using System;
using System.Text;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Generator.Diagnostics;
using HookSnippets.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HookSnippets.Generator;

/// <summary>
/// Turns each endpoints.json in AdditionalFiles into a typed HTTP client. The pipeline reads only additional files
/// and analyzer config options (never the Compilation), and every value flowing through it is plain equatable data,
/// so editing C# code re-runs nothing and editing a description re-runs only what depends on it.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClientGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, cancellationToken) => DescriptionFileSelector.Select(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.DescriptionCandidates)
            .Where(static file => file is not null)
            .WithTrackingName(TrackingNames.DescriptionFiles);

        var parsed = files
            .Select(static (file, cancellationToken) => DescriptionParsing.Parse(file!, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedDescriptions);

        var projectOptions = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => OptionValues.ReadProject(provider))
            .WithTrackingName(TrackingNames.ProjectOptions);

        var resolutions = parsed
            .Combine(projectOptions)
            .Select(static (pair, cancellationToken) => ClientResolver.Resolve(pair.Left, pair.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Resolutions);

        // Source and diagnostics part here: the diagnostics carry positions in the file, the client none, so an edit
        // that only moves text re-reports the diagnostics at their new places and leaves emission cached.
        var clients = resolutions
            .Select(static (resolution, _) => resolution.Client)
            .WithTrackingName(TrackingNames.ResolvedClients);
        var diagnostics = resolutions
            .Select(static (resolution, _) => resolution.Diagnostics)
            .WithTrackingName(TrackingNames.ClientDiagnostics);

        var clientSources = clients
            .Select(static (client, cancellationToken) => SourceEmission.EmitClient(client, cancellationToken))
            .WithTrackingName(TrackingNames.ClientSources);

        // One value per project, never per description: the shared types are emitted exactly once without the
        // generator having to see every description together (that needs Collect() and its ImmutableArray, an
        // assembly the analyzer would then reference).
        var sharedSources = projectOptions
            .Select(static (options, _) => RuntimeNamespace.Resolve(options))
            .WithTrackingName(TrackingNames.RuntimeNamespace)
            .Select(static (@namespace, cancellationToken) => SourceEmission.EmitShared(@namespace, cancellationToken))
            .WithTrackingName(TrackingNames.SharedSources);

        context.RegisterSourceOutput(diagnostics, static (output, located) => Report(output, located));
        context.RegisterSourceOutput(clientSources, static (output, sources) => Add(output, sources));
        context.RegisterSourceOutput(sharedSources, static (output, sources) => Add(output, sources));
    }

    private static void Report(SourceProductionContext output, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            output.ReportDiagnostic(DiagnosticMapping.ToDiagnostic(diagnostic));
        }
    }

    /// <summary>AddSource rejects duplicate or malformed hint names by throwing; that too becomes HS2002, not CS8785.</summary>
    private static void Add(SourceProductionContext output, EmittedSources emitted)
    {
        Report(output, emitted.Diagnostics);
        foreach (var source in emitted.Sources)
        {
            try
            {
                output.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
            }
            catch (ArgumentException exception)
            {
                var problem = GeneratorDiagnostics.InternalError(string.Empty, "adding " + source.HintName, exception);
                output.ReportDiagnostic(DiagnosticMapping.ToDiagnostic(problem));
            }
        }
    }
}
