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
}
