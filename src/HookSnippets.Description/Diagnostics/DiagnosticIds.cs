namespace HookSnippets.Description.Diagnostics;

/// <summary>
/// The stable diagnostic codes of HookSnippets. A code never changes meaning once released;
/// docs/diagnostics.md explains each one with an example and a fix.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>The description is not well-formed JSON (RFC 8259): the reader stops at the first such error.</summary>
    public const string JsonSyntax = "HS1001";

    /// <summary>Objects and arrays are nested deeper than <see cref="Json.JsonParser.MaxDepth"/> levels.</summary>
    public const string JsonTooDeep = "HS1002";

    /// <summary>An object has two members with the same name; the second one is reported.</summary>
    public const string JsonDuplicateMember = "HS1003";

    /// <summary>A member the format requires is missing.</summary>
    public const string MissingMember = "HS1004";

    /// <summary>A member has the wrong JSON type (a string where an object is expected, and so on).</summary>
    public const string WrongType = "HS1005";

    /// <summary>A member the format does not know (a warning, with a did-you-mean when one is close).</summary>
    public const string UnknownMember = "HS1006";

    /// <summary>A value outside what the format allows (a parameter location, a schema type, a status code...).</summary>
    public const string InvalidValue = "HS1007";

    /// <summary>An operation's method is not an HTTP method.</summary>
    public const string InvalidHttpMethod = "HS1008";

    /// <summary>A <c>{name}</c> in an operation's path has no path parameter.</summary>
    public const string PathParameterNotDeclared = "HS1009";

    /// <summary>A declared path parameter does not appear in the operation's path.</summary>
    public const string PathParameterNotInTemplate = "HS1010";

    /// <summary>Two names become the same C# identifier (operation ids, parameters, types, properties).</summary>
    public const string NameCollision = "HS1011";

    /// <summary>An example (or default) does not match its schema.</summary>
    public const string ExampleMismatch = "HS1012";

    /// <summary>A <c>$ref</c> does not name a type of the description.</summary>
    public const string UnresolvedReference = "HS1013";

    /// <summary>A GET or HEAD operation declares a request body (warning).</summary>
    public const string BodyOnGet = "HS1014";

    /// <summary>A path parameter example is <c>.</c> or <c>..</c>, which every runtime collapses as a dot segment.</summary>
    public const string DotSegmentPathExample = "HS1015";

    /// <summary>The base URL uses a <c>{variable}</c> that is not declared.</summary>
    public const string UndeclaredBaseUrlVariable = "HS1016";

    /// <summary>A schema pattern is not a valid regular expression.</summary>
    public const string InvalidPattern = "HS1017";

    /// <summary>An operation id is not made of dotted identifier segments.</summary>
    public const string InvalidOperationId = "HS1018";

    /// <summary>The base URL, with variable examples substituted, is not an absolute http or https URL.</summary>
    public const string InvalidBaseUrl = "HS1019";

    /// <summary>An operation declares no success response (warning).</summary>
    public const string NoSuccessResponse = "HS1020";

    /// <summary>A required body has no example, so samples would send nothing (warning).</summary>
    public const string RequiredBodyWithoutExample = "HS1021";

    /// <summary>A declared base URL variable is not used by the base URL (warning).</summary>
    public const string UnusedBaseUrlVariable = "HS1022";

    /// <summary>Matching a pattern against an example took longer than the regex timeout.</summary>
    public const string PatternTimeout = "HS1023";

    /// <summary>A path parameter has no example, so the expected request has no URL.</summary>
    public const string PathParameterWithoutExample = "HS1024";

    /// <summary>A header parameter names a header the expected request already sets (Authorization, Content-Type...).</summary>
    public const string ReservedHeader = "HS1025";

    /// <summary>A body placeholder does not occur in the body example (warning).</summary>
    public const string PlaceholderNotInExample = "HS1026";

    /// <summary>An operation path is not a well-formed template (leading <c>/</c>, balanced braces, no query).</summary>
    public const string MalformedPathTemplate = "HS1027";

    /// <summary>A schema's bounds contradict each other, so no value can match it.</summary>
    public const string UnsatisfiableSchema = "HS1028";
}
