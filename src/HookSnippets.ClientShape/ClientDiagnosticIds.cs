namespace HookSnippets.ClientShape;

/// <summary>Ids of the diagnostics met while shaping a description into a C# client (HS2100-HS2199).</summary>
public static class ClientDiagnosticIds
{
    /// <summary>Warning: a oneOf/anyOf/allOf the client cannot type; it is exposed as JsonElement.</summary>
    public const string UntypedUnion = "HS2101";

    /// <summary>Warning: a type reference that loops back to itself without an object in between; exposed as JsonElement.</summary>
    public const string RecursiveAlias = "HS2102";

    /// <summary>Warning: an enum whose values are not all strings; the plain type is used.</summary>
    public const string UnsupportedEnum = "HS2103";

    /// <summary>Warning: two description names map to the same C# name; the later one gets a number.</summary>
    public const string RenamedIdentifier = "HS2104";

    /// <summary>Warning: a request body that is not JSON; the operation is left out of the client.</summary>
    public const string UnsupportedContentType = "HS2105";

    /// <summary>Warning: a <c>$ref</c> to a type the description does not define; exposed as JsonElement.</summary>
    public const string UnresolvedReference = "HS2106";

    /// <summary>Warning: a path, query or header parameter whose schema is not a scalar (or an array of scalars in the query); the operation is left out.</summary>
    public const string UnsupportedParameter = "HS2107";

}
