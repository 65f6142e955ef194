namespace HookSnippets.Description.Diagnostics;

/// <summary>
/// Every stable diagnostic code of HookSnippets, of every stage, in one list. A code never changes meaning once
/// released. docs/diagnostics.md explains the description's codes with an example and a fix, and says where each
/// other stage's codes are catalogued; a test keeps the docs and this list in step.
/// </summary>
public static class DiagnosticIds
{
    // HS1001-HS1003, the JSON reader (src/HookSnippets.Description/Json): it stops at the first syntax error.

    /// <summary>The description is not well-formed JSON (RFC 8259): the reader stops at the first such error.</summary>
    public const string JsonSyntax = "HS1001";

    /// <summary>Objects and arrays are nested deeper than <see cref="Json.JsonParser.MaxDepth"/> levels.</summary>
    public const string JsonTooDeep = "HS1002";

    /// <summary>An object has two members with the same name; the second one is reported.</summary>
    public const string JsonDuplicateMember = "HS1003";

    // HS1004-HS1008, the binder (src/HookSnippets.Description/Reading): the JSON against the format.

    /// <summary>A member the format requires is missing.</summary>
    public const string MissingMember = "HS1004";

    /// <summary>A member has the wrong JSON type (a string where an object is expected, and so on).</summary>
    public const string WrongType = "HS1005";

    /// <summary>A member the format does not know (a warning, with a did-you-mean when one is close).</summary>
    public const string UnknownMember = "HS1006";

    /// <summary>A value outside what the format allows (a parameter location, a schema type, a status code, a string with a lone surrogate...).</summary>
    public const string InvalidValue = "HS1007";

    /// <summary>An operation's method is not an HTTP method.</summary>
    public const string InvalidHttpMethod = "HS1008";

    // HS1009-HS1034, the validator (src/HookSnippets.Description/Validation): the meaning of a well-typed description.

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

    /// <summary>A path parameter example is empty, <c>.</c> or <c>..</c>: runtimes drop an empty segment and collapse dot segments.</summary>
    public const string UnusablePathSegmentExample = "HS1015";

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

    /// <summary>A path, query or header parameter's schema is not what a URL or header carries (a scalar; in the query also an array of scalars).</summary>
    public const string UnsendableParameterType = "HS1029";

    /// <summary>A parameter example no request can hold as it is: null (which a nullable schema allows), a header value outside printable ASCII or with spaces around it.</summary>
    public const string UnsendableExample = "HS1030";

    /// <summary>A <c>security</c> list names a scheme that <c>authSchemes</c> does not declare.</summary>
    public const string UnknownAuthScheme = "HS1031";

    /// <summary>A credential cannot be sent where its scheme puts it (a token that is not a b64token, a colon in a basic username, two credentials in one header...).</summary>
    public const string UnsendableCredential = "HS1032";

    /// <summary>A body example cannot be sent as its media type says (a form example that is not an object, a null field, a file name with a slash...).</summary>
    public const string UnsendableBody = "HS1033";

    /// <summary>An auth scheme that no <c>security</c> list uses (warning).</summary>
    public const string UnusedAuthScheme = "HS1034";
    /// <summary>An operation's <c>pagination</c> names a parameter or answer member that does not fit its style (HS1040-HS1049 are paging's).</summary>
    public const string InvalidPagination = "HS1040";

    // HS2001-HS2005, the source generator itself (src/HookSnippets.Generator); HS2003 is retired.

    /// <summary>The project targets a framework the generated client cannot compile for (older than net8.0).</summary>
    public const string UnsupportedTargetFramework = "HS2001";

    /// <summary>The generator met an exception it did not expect; reported instead of crashing the build.</summary>
    public const string InternalError = "HS2002";

    /// <summary>A namespace or client name option (or RootNamespace) is not a C# name.</summary>
    public const string InvalidNameOption = "HS2004";

    /// <summary>The description file could not be read.</summary>
    public const string UnreadableFile = "HS2005";

    // HS2101-HS2199, the client shape (src/HookSnippets.ClientShape): constructs the client exposes in a weaker form.

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

    /// <summary>Warning: a <c>$ref</c> to a type the description does not define, met while shaping; exposed as JsonElement.</summary>
    public const string UnresolvedTypeReference = "HS2106";

    /// <summary>Warning: a path, query or header parameter whose schema is not a scalar (or an array of scalars in the query); the operation is left out.</summary>
    public const string UnsupportedParameter = "HS2107";

    /// <summary>Warning: a paged operation whose answer holds no list of items the client can find; it gets no paging method.</summary>
    public const string NoPagingMethod = "HS2108";

    // HS3001-HS3009, rendering and template packs (src/HookSnippets.Snippets), and writing samples into an OpenAPI file.

    /// <summary>A template does not parse or fails while rendering; the location is in the template file.</summary>
    public const string TemplateError = "HS3001";

    /// <summary>An operation's expected request cannot be built from the description; the location is in endpoints.json.</summary>
    public const string UnbuildableRequest = "HS3002";

    /// <summary>A selected target has no template in the pack.</summary>
    public const string MissingTemplate = "HS3003";

    /// <summary>A target.json does not follow templates/target.schema.json; the location is in the file.</summary>
    public const string InvalidTargetFile = "HS3004";

    /// <summary>Warning: a template pack holds a template in the old <c>&lt;language&gt;/&lt;client&gt;.sbn</c> layout (it is still read).</summary>
    public const string OldTemplateLayout = "HS3005";

    /// <summary>An operation of the description is not in the <c>--openapi</c> file (by its source's operationId, method and path); located at its source.</summary>
    public const string OperationNotInOpenApi = "HS3006";

    /// <summary>An operation's <c>x-codeSamples</c> in the <c>--openapi</c> file is not a list, so no sample can be added to it.</summary>
    public const string InvalidCodeSamples = "HS3007";

    /// <summary>Warning: a target's client cannot send an operation's request exactly (the template says why); its sample is not written.</summary>
    public const string TargetCannotSend = "HS3008";

    /// <summary>Warning: the generated client has no method for an operation (a model built without validation; HS2105, HS2107 say why); no csharp-client sample is written.</summary>
    public const string NotSupportedByGeneratedClient = "HS3009";

    // HS6001-HS6007, OpenAPI import (src/HookSnippets.OpenApi), located in the OpenAPI files.

    /// <summary>The OpenAPI file cannot be parsed as JSON or YAML.</summary>
    public const string OpenApiSyntax = "HS6001";

    /// <summary>The <c>openapi</c>/<c>swagger</c> version is missing or not 2.0, 3.0 or 3.1.</summary>
    public const string UnsupportedOpenApiVersion = "HS6002";

    /// <summary>A <c>$ref</c> of the OpenAPI files points at nothing (a missing file, node or component); the operations reaching it are left out.</summary>
    public const string BrokenOpenApiReference = "HS6003";

    /// <summary>A chain of OpenAPI <c>$ref</c>s returns to its start without an object in between.</summary>
    public const string OpenApiReferenceCycle = "HS6004";

    /// <summary>The OpenAPI reader reports the document as invalid.</summary>
    public const string InvalidOpenApiDocument = "HS6005";

    /// <summary>The generated description does not validate: a bug of the importer, reported rather than written.</summary>
    public const string InvalidImportResult = "HS6006";

    /// <summary>No operation is left to import (after --tag/--path filtering, or every one was left out).</summary>
    public const string NoOperationToImport = "HS6007";
}
