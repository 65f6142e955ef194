using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Text;

namespace HookSnippets.ClientShape;

/// <summary>
/// The C# shape of one description: every name the generated client uses, already resolved, so the emitter and the
/// csharp-client sample never map names themselves. All parts have value equality (the generator caches on it).
/// </summary>
public sealed record ClientSpec(
    string Namespace,
    string ClientName,
    string OptionsName,
    string? Title,
    string? Description,
    string BaseUrl,
    EquatableArray<BaseUrlVariableSpec> Variables,
    AuthSpec? Auth,
    EquatableArray<GroupSpec> Groups,
    EquatableArray<TypeSpec> Types)
{
    /// <summary>The group whose class is the client itself (operations whose id has no dot).</summary>
    public GroupSpec Root => Groups[0];
}

/// <summary>A <c>{name}</c> of the base URL, set through the options property <see cref="PropertyName"/>.</summary>
public sealed record BaseUrlVariableSpec(string Name, string PropertyName, string? Default, string Example, string? Description);

/// <summary>Bearer authentication; <see cref="Example"/> is the placeholder token samples show.</summary>
public sealed record AuthSpec(string Example, string? Description);

/// <summary>
/// One node of the group tree built from dotted operation ids. <see cref="Path"/> holds the PascalCase segments
/// (empty for the client itself); <see cref="PropertyName"/> is how the parent exposes it (<c>client.Hooks</c>).
/// </summary>
public sealed record GroupSpec(
    EquatableArray<string> Path,
    string ClassName,
    string PropertyName,
    EquatableArray<GroupRef> Children,
    EquatableArray<OperationSpec> Operations);

public sealed record GroupRef(string PropertyName, string ClassName);

/// <summary>
/// One generated method. <see cref="Parameters"/> are in C# argument order, the body among them.
/// <see cref="ResultType"/> comes from the first success response with a schema; <see cref="ResultIsOptional"/> says
/// another success status has no body (so the result is nullable).
/// </summary>
public sealed record OperationSpec(
    string Id,
    string MethodName,
    string HttpMethod,
    string Path,
    EquatableArray<PathPart> PathParts,
    string? Summary,
    string? Description,
    EquatableArray<string> Scopes,
    EquatableArray<ErrorSpec> Errors,
    bool Deprecated,
    EquatableArray<ParameterSpec> Parameters,
    EquatableArray<string> SuccessStatuses,
    TypeRef? ResultType,
    bool ResultIsOptional,
    bool IsIdempotent,
    SourceSpan Span)
{
    /// <summary>The request body argument, if the operation has one.</summary>
    public ParameterSpec? Body
    {
        get
        {
            foreach (var parameter in Parameters)
            {
                if (parameter.Kind == ParameterKind.Body)
                {
                    return parameter;
                }
            }

            return null;
        }
    }
}

public enum PathPartKind
{
    Literal,
    Parameter,
}

/// <summary>A literal piece of the path, or the <see cref="ParameterSpec.ArgumentName"/> whose value goes there.</summary>
public sealed record PathPart(PathPartKind Kind, string Value);

public enum ParameterKind
{
    Path,
    Query,
    Header,
    Body,
}

/// <summary>
/// One method argument. <see cref="Name"/> is the wire name (query or header name, path template name, or the body's
/// content type for a body). Optional arguments are nullable with a <c>null</c> default and are not sent when null.
/// </summary>
public sealed record ParameterSpec(
    ParameterKind Kind,
    string Name,
    string ArgumentName,
    bool Required,
    TypeRef Type,
    ParameterStyle Style,
    string? Description,
    JsonNode? Example);

public sealed record ErrorSpec(string Status, string Message);

public enum TypeKind
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,

    /// <summary>Any JSON value, as <c>System.Text.Json.JsonElement</c>.</summary>
    Json,

    /// <summary>A generated record (<see cref="TypeRef.Name"/>).</summary>
    Record,

    /// <summary>A generated enum with wire values (<see cref="TypeRef.Name"/>).</summary>
    Enum,

    /// <summary>A generated result type that reads an array or a page object (<see cref="TypeRef.Name"/>).</summary>
    ListResult,

    /// <summary>A string-keyed map of <see cref="TypeRef.Element"/>.</summary>
    Map,

    /// <summary>An array of <see cref="TypeRef.Element"/>.</summary>
    List,
}

/// <summary>
/// A C# type as used at one place. <see cref="MinCount"/>/<see cref="MaxCount"/> are the schema's
/// minProperties/maxProperties (maps; for records the number of members set) or minItems/maxItems (lists),
/// checked before a request is sent.
/// </summary>
public sealed record TypeRef(TypeKind Kind, string? Name, TypeRef? Element, int? MinCount, int? MaxCount)
{
    public static TypeRef Of(TypeKind kind) => new(kind, null, null, null, null);

    public static TypeRef Named(TypeKind kind, string name) => new(kind, name, null, null, null);

    public static TypeRef MapOf(TypeRef element) => new(TypeKind.Map, null, element, null, null);

    public static TypeRef ListOf(TypeRef element) => new(TypeKind.List, null, element, null, null);

    /// <summary>True for types emitted as C# value types (so <c>T?</c> is <c>Nullable&lt;T&gt;</c>).</summary>
    public bool IsValueType => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean or TypeKind.Json or TypeKind.Enum;
}

public enum TypeSpecKind
{
    Record,
    Enum,

    /// <summary>
    /// The answer that is either an array or a page object holding that array (<c>oneOf</c>): one record with the
    /// items in <see cref="TypeSpec.ItemsProperty"/> and the page's other members nullable.
    /// </summary>
    ListResult,
}

/// <summary>A type the generator emits; <see cref="Usage"/> says which of its JSON code the client calls.</summary>
public sealed record TypeSpec(
    TypeSpecKind Kind,
    string Name,
    string? Description,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<EnumMemberSpec> Members,
    string? ItemsProperty,
    int? MinProperties,
    TypeUsage Usage = TypeUsage.None);

/// <summary>
/// A record member. <see cref="Required"/> members use C#'s <c>required</c>; the others are nullable and are written only
/// when set, and stay null when a response leaves them out (schema defaults are never invented into responses).
/// </summary>
public sealed record PropertySpec(string Name, string PropertyName, TypeRef Type, bool Required, bool Nullable, string? Description);

public sealed record EnumMemberSpec(string Name, string Value);

/// <summary>The client model and the generator diagnostics (HS21xx) met while building it.</summary>
public sealed record ClientSpecResult(ClientSpec Spec, EquatableArray<DiagnosticInfo> Diagnostics);
