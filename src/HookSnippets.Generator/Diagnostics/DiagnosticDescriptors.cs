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
    public const string ClientCategory = "HookSnippets.Client";

    private const string MessageFormat = "{0}";

    // Each descriptor is created with constant arguments so the release-tracking analyzer can check it against
    // AnalyzerReleases.Unshipped.md.
    public static readonly DiagnosticDescriptor JsonSyntax = new(
        DiagnosticIds.JsonSyntax,
        "JSON syntax error",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor JsonTooDeep = new(
        DiagnosticIds.JsonTooDeep,
        "JSON nested too deeply",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor JsonDuplicateMember = new(
        DiagnosticIds.JsonDuplicateMember,
        "Duplicate member name",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingMember = new(
        DiagnosticIds.MissingMember,
        "Missing required member",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor WrongType = new(
        DiagnosticIds.WrongType,
        "Wrong JSON type",
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
        "Invalid value",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidHttpMethod = new(
        DiagnosticIds.InvalidHttpMethod,
        "Invalid HTTP method",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PathParameterNotDeclared = new(
        DiagnosticIds.PathParameterNotDeclared,
        "Path parameter not declared",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PathParameterNotInTemplate = new(
        DiagnosticIds.PathParameterNotInTemplate,
        "Path parameter not in the path",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NameCollision = new(
        DiagnosticIds.NameCollision,
        "Names collide as C# identifiers",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ExampleMismatch = new(
        DiagnosticIds.ExampleMismatch,
        "Example does not match its schema",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnresolvedReference = new(
        DiagnosticIds.UnresolvedReference,
        "Unresolved $ref",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor BodyOnGet = new(
        DiagnosticIds.BodyOnGet,
        "Body on a GET",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnusablePathSegmentExample = new(
        DiagnosticIds.UnusablePathSegmentExample,
        "Empty or dot segment as path example",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UndeclaredBaseUrlVariable = new(
        DiagnosticIds.UndeclaredBaseUrlVariable,
        "Base URL variable not declared",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidPattern = new(
        DiagnosticIds.InvalidPattern,
        "Invalid pattern",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidOperationId = new(
        DiagnosticIds.InvalidOperationId,
        "Invalid operation id",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidBaseUrl = new(
        DiagnosticIds.InvalidBaseUrl,
        "Invalid base URL",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor NoSuccessResponse = new(
        DiagnosticIds.NoSuccessResponse,
        "No success response",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor RequiredBodyWithoutExample = new(
        DiagnosticIds.RequiredBodyWithoutExample,
        "Required body without example",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnusedBaseUrlVariable = new(
        DiagnosticIds.UnusedBaseUrlVariable,
        "Base URL variable not used",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PatternTimeout = new(
        DiagnosticIds.PatternTimeout,
        "Pattern timed out",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PathParameterWithoutExample = new(
        DiagnosticIds.PathParameterWithoutExample,
        "Path parameter without example",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ReservedHeader = new(
        DiagnosticIds.ReservedHeader,
        "Reserved header parameter",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor PlaceholderNotInExample = new(
        DiagnosticIds.PlaceholderNotInExample,
        "Placeholder not in the body example",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MalformedPathTemplate = new(
        DiagnosticIds.MalformedPathTemplate,
        "Malformed path template",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsatisfiableSchema = new(
        DiagnosticIds.UnsatisfiableSchema,
        "Schema no value can match",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsendableParameterType = new(
        DiagnosticIds.UnsendableParameterType,
        "Parameter type a request cannot carry",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsendableExample = new(
        DiagnosticIds.UnsendableExample,
        "Example a request cannot hold",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownAuthScheme = new(
        DiagnosticIds.UnknownAuthScheme,
        "Security names an undeclared auth scheme",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsendableCredential = new(
        DiagnosticIds.UnsendableCredential,
        "Credential that cannot be sent where its scheme puts it",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsendableBody = new(
        DiagnosticIds.UnsendableBody,
        "Body example that cannot be sent as its media type",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnusedAuthScheme = new(
        DiagnosticIds.UnusedAuthScheme,
        "Auth scheme no security list uses",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidPagination = new(
        DiagnosticIds.InvalidPagination,
        "Pagination does not fit the operation",
        MessageFormat,
        DescriptionCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedTargetFramework = new(
        DiagnosticIds.UnsupportedTargetFramework,
        "Target framework not supported by the generated client",
        MessageFormat,
        GeneratorCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InternalError = new(
        DiagnosticIds.InternalError,
        "The generator failed unexpectedly",
        MessageFormat,
        GeneratorCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidNameOption = new(
        DiagnosticIds.InvalidNameOption,
        "Namespace or client name option is not a C# name",
        MessageFormat,
        GeneratorCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnreadableFile = new(
        DiagnosticIds.UnreadableFile,
        "Description file cannot be read",
        MessageFormat,
        GeneratorCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ClientUntypedUnion = new(
        DiagnosticIds.UntypedUnion,
        "Union exposed as JsonElement",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ClientRecursiveAlias = new(
        DiagnosticIds.RecursiveAlias,
        "Recursive type alias exposed as JsonElement",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ClientUnsupportedEnum = new(
        DiagnosticIds.UnsupportedEnum,
        "Enum with non-string values",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ClientRenamedIdentifier = new(
        DiagnosticIds.RenamedIdentifier,
        "C# name renamed to avoid a collision",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ClientUnsupportedContentType = new(
        DiagnosticIds.UnsupportedContentType,
        "Operation whose body the client cannot send left out",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ClientUnresolvedReference = new(
        DiagnosticIds.UnresolvedTypeReference,
        "Unresolved type reference exposed as JsonElement",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ClientUnsupportedParameter = new(
        DiagnosticIds.UnsupportedParameter,
        "Operation with a non-scalar parameter left out",
        MessageFormat,
        ClientCategory,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ClientNoPagingMethod = new(
        DiagnosticIds.NoPagingMethod,
        "Paged operation without a paging method",
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
        PathParameterNotDeclared,
        PathParameterNotInTemplate,
        NameCollision,
        ExampleMismatch,
        UnresolvedReference,
        BodyOnGet,
        UnusablePathSegmentExample,
        UndeclaredBaseUrlVariable,
        InvalidPattern,
        InvalidOperationId,
        InvalidBaseUrl,
        NoSuccessResponse,
        RequiredBodyWithoutExample,
        UnusedBaseUrlVariable,
        PatternTimeout,
        PathParameterWithoutExample,
        ReservedHeader,
        PlaceholderNotInExample,
        MalformedPathTemplate,
        UnsatisfiableSchema,
        UnsendableParameterType,
        UnsendableExample,
        UnknownAuthScheme,
        UnsendableCredential,
        UnsendableBody,
        UnusedAuthScheme,
        InvalidPagination,
        UnsupportedTargetFramework,
        InternalError,
        InvalidNameOption,
        UnreadableFile,
        ClientUntypedUnion,
        ClientRecursiveAlias,
        ClientUnsupportedEnum,
        ClientRenamedIdentifier,
        ClientUnsupportedContentType,
        ClientUnresolvedReference,
        ClientUnsupportedParameter,
        ClientNoPagingMethod);

    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> Unlisted = new();

    /// <summary>All descriptors with a fixed entry, for the release-tracking test.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => Known.Values;

    /// <summary>
    /// The descriptor of <paramref name="id"/> with <paramref name="severity"/> as its default, so a diagnostic
    /// created from it has that severity. An id missing from the table (a reader code added later), or reported
    /// with another severity than its entry's, still gets a descriptor rather than an exception; the catalogue test
    /// keeps the table complete.
    /// </summary>
    public static DiagnosticDescriptor For(string id, Severity severity)
    {
        var roslynSeverity = ToRoslyn(severity);
        if (Known.TryGetValue(id, out var descriptor) && descriptor.DefaultSeverity == roslynSeverity)
        {
            return descriptor;
        }

        return Unlisted.GetOrAdd(id + ":" + roslynSeverity, _ => new DiagnosticDescriptor(
            id,
            descriptor?.Title ?? "HookSnippets description problem",
            MessageFormat,
            descriptor?.Category ?? (id.StartsWith("HS1", System.StringComparison.Ordinal) ? DescriptionCategory : GeneratorCategory),
            roslynSeverity,
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
