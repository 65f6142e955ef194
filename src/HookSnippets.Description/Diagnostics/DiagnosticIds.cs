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
}
