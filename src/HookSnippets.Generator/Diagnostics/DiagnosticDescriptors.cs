using System.Collections.Concurrent;
using System.Collections.Generic;
using HookSnippets.Description.CSharp;
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
    public const string ClientCategory = "HookSnippets.Client";

    private const string MessageFormat = "{0}";

    // Each descriptor is created with constant arguments so the release-tracking analyzer can check it against
    // AnalyzerReleases.Unshipped.md.
    public static readonly DiagnosticDescriptor JsonSyntax = new(
        DiagnosticIds.JsonSyntax,
        "Description is not valid JSON",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor JsonTooDeep = new(
        DiagnosticIds.JsonTooDeep,
        "Description nests too deeply",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor JsonDuplicateMember = new(
        DiagnosticIds.JsonDuplicateMember,
        "Duplicate member in description",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingMember = new(
        DiagnosticIds.MissingMember,
        "Required member missing",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WrongType = new(
        DiagnosticIds.WrongType,
        "Member has the wrong JSON type",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownMember = new(
        DiagnosticIds.UnknownMember,
        "Unknown member",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidValue = new(
        DiagnosticIds.InvalidValue,
        "Value not allowed here",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidHttpMethod = new(
        DiagnosticIds.InvalidHttpMethod,
        "Not an HTTP method",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedTargetFramework = new(
        GeneratorDiagnostics.UnsupportedTargetFrameworkId,
        "Target framework not supported by the generated client",
        MessageFormat,
        GeneratorCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InternalError = new(
        GeneratorDiagnostics.InternalErrorId,
        "The generator failed unexpectedly",
        MessageFormat,
        GeneratorCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateClient = new(
        GeneratorDiagnostics.DuplicateClientId,
        "Two descriptions generate the same client",
        MessageFormat,
        GeneratorCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidNameOption = new(
        GeneratorDiagnostics.InvalidNameOptionId,
        "Namespace or client name option is not a C# name",
        MessageFormat,
        GeneratorCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnreadableFile = new(
        GeneratorDiagnostics.UnreadableFileId,
        "Description file cannot be read",
        MessageFormat,
        GeneratorCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UntypedUnion = new(
        ClientDiagnosticIds.UntypedUnion,
        "Union exposed as JsonElement",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor RecursiveAlias = new(
        ClientDiagnosticIds.RecursiveAlias,
        "Recursive type alias exposed as JsonElement",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedEnum = new(
        ClientDiagnosticIds.UnsupportedEnum,
        "Enum with non-string values",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor RenamedIdentifier = new(
        ClientDiagnosticIds.RenamedIdentifier,
        "C# name renamed to avoid a collision",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedContentType = new(
        ClientDiagnosticIds.UnsupportedContentType,
        "Operation with a non-JSON body left out",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        ClientDiagnosticIds.UnresolvedReference,
        "Unresolved type reference exposed as JsonElement",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedParameter = new(
        ClientDiagnosticIds.UnsupportedParameter,
        "Operation with a non-scalar parameter left out",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    private static readonly Dictionary<string, DiagnosticDescriptor> Known = Index(
        JsonSyntax,
        JsonTooDeep,
        JsonDuplicateMember,
        MissingMember,
        WrongType,
        UnknownMember,
        InvalidValue,
        InvalidHttpMethod,
        UnsupportedTargetFramework,
        InternalError,
        DuplicateClient,
        InvalidNameOption,
        UnreadableFile,
        UntypedUnion,
        RecursiveAlias,
        UnsupportedEnum,
        RenamedIdentifier,
        UnsupportedContentType,
        UnresolvedReference,
        UnsupportedParameter);

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
