namespace HookSnippets.OpenApi;

/// <summary>Codes of the errors that stop an import (docs/openapi-import.md lists them).</summary>
public static class ImportDiagnostics
{
    /// <summary>The file cannot be parsed as JSON or YAML.</summary>
    public const string Syntax = "HS6001";

    /// <summary>The <c>openapi</c> version is missing or not 3.0/3.1.</summary>
    public const string UnsupportedVersion = "HS6002";

    /// <summary>A <c>$ref</c> points at nothing.</summary>
    public const string BrokenReference = "HS6003";

    /// <summary>A chain of <c>$ref</c>s returns to its start without an object in between.</summary>
    public const string ReferenceCycle = "HS6004";

    /// <summary>The OpenAPI reader reports the document as invalid.</summary>
    public const string InvalidDocument = "HS6005";

    /// <summary>The generated description does not validate: a bug of the importer, reported rather than written.</summary>
    public const string InvalidResult = "HS6006";

    /// <summary>No operation is left to import (after --tag/--path filtering).</summary>
    public const string NoOperations = "HS6007";
}
