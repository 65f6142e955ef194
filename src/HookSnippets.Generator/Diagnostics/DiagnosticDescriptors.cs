using System.Collections.Concurrent;
using System.Collections.Generic;
using HookSnippets.Description.Diagnostics;
using Microsoft.CodeAnalysis;

namespace HookSnippets.Generator.Diagnostics;

/// <summary>
/// One descriptor per HS id, so ids, titles and categories stay stable and AnalyzerReleases.*.md can list them.
/// The message of each diagnostic is its data's message, passed as the only format argument.
/// </summary>
internal static class DiagnosticDescriptors
{
    public const string DescriptionCategory = "HookSnippets.Description";
    public const string GeneratorCategory = "HookSnippets.Generator";

    private const string MessageFormat = "{0}";

    private static readonly Dictionary<string, DiagnosticDescriptor> Known = Index(
        Description(DiagnosticIds.JsonSyntax, "Description is not valid JSON", DiagnosticSeverity.Error),
        Description(DiagnosticIds.JsonTooDeep, "Description nests too deeply", DiagnosticSeverity.Error),
        Description(DiagnosticIds.JsonDuplicateMember, "Duplicate member in description", DiagnosticSeverity.Error),
        Description(DiagnosticIds.MissingMember, "Required member missing", DiagnosticSeverity.Error),
        Description(DiagnosticIds.WrongType, "Member has the wrong JSON type", DiagnosticSeverity.Error),
        Description(DiagnosticIds.UnknownMember, "Unknown member", DiagnosticSeverity.Warning),
        Description(DiagnosticIds.InvalidValue, "Value not allowed here", DiagnosticSeverity.Error),
        Description(DiagnosticIds.InvalidHttpMethod, "Not an HTTP method", DiagnosticSeverity.Error),
        Generator(GeneratorDiagnostics.UnsupportedTargetFrameworkId, "Target framework not supported by the generated client", DiagnosticSeverity.Error),
        Generator(GeneratorDiagnostics.InternalErrorId, "The generator failed unexpectedly", DiagnosticSeverity.Error),
        Generator(GeneratorDiagnostics.DuplicateClientId, "Two descriptions generate the same client", DiagnosticSeverity.Error),
        Generator(GeneratorDiagnostics.InvalidNameOptionId, "Namespace or client name option is not a C# name", DiagnosticSeverity.Error),
        Generator(GeneratorDiagnostics.UnreadableFileId, "Description file cannot be read", DiagnosticSeverity.Error));

    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Unlisted = new();

    /// <summary>All descriptors with a fixed entry, for the release-tracking test.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => Known.Values;

    /// <summary>
    /// The descriptor of <paramref name="id"/>. An id missing from the table (a reader code added later) still
    /// gets a descriptor rather than an exception; the catalogue test keeps the table complete.
    /// </summary>
    public static DiagnosticDescriptor For(string id, Severity severity)
    {
        if (Known.TryGetValue(id, out var descriptor))
        {
            return descriptor;
        }

        return Unlisted.GetOrAdd(id, key => new DiagnosticDescriptor(
            key,
            "HookSnippets description problem",
            MessageFormat,
            key.StartsWith("HS1", System.StringComparison.Ordinal) ? DescriptionCategory : GeneratorCategory,
            ToRoslyn(severity),
            isEnabledByDefault: true));
    }

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };

    private static DiagnosticDescriptor Generator(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, MessageFormat, GeneratorCategory, severity, isEnabledByDefault: true);

    private static DiagnosticDescriptor Description(string id, string title, DiagnosticSeverity severity) =>
        new(id, title, MessageFormat, DescriptionCategory, severity, isEnabledByDefault: true);

    private static Dictionary<string, DiagnosticDescriptor> Index(params DiagnosticDescriptor[] descriptors)
    {
        var index = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var descriptor in descriptors)
        {
            index.Add(descriptor.Id, descriptor);
        }

        return index;
    }
}
