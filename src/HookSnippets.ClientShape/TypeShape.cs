using HookSnippets.Description;

namespace HookSnippets.ClientShape;


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

    /// <summary>A multipart body: the runtime's ordered <c>MultipartFormData</c> of text, JSON and file parts.</summary>
    Multipart,

    /// <summary>A file uploaded as the whole body: a <c>System.IO.Stream</c>.</summary>
    Stream,
}

/// <summary>
/// A C# type as used at one place. <see cref="MinCount"/>/<see cref="MaxCount"/> are the schema's
/// minProperties/maxProperties (maps; for records the number of members set) or minItems/maxItems (lists),
/// checked before a request is sent. <see cref="Nullable"/> is set on a list's items or a map's values that may be
/// JSON null (C# <c>T?</c>, null written as <c>null</c>); an untyped value holds a JSON null itself and is never marked.
/// </summary>
public sealed record TypeRef(TypeKind Kind, string? Name, TypeRef? Element, int? MinCount, int? MaxCount, bool Nullable = false)
{
    public static TypeRef Of(TypeKind kind) => new(kind, null, null, null, null);

    public static TypeRef Named(TypeKind kind, string name) => new(kind, name, null, null, null);

    public static TypeRef MapOf(TypeRef element) => new(TypeKind.Map, null, element, null, null);

    public static TypeRef ListOf(TypeRef element) => new(TypeKind.List, null, element, null, null);

    /// <summary>True for types emitted as C# value types (so <c>T?</c> is <c>Nullable&lt;T&gt;</c>).</summary>
    public bool IsValueType => Kind is TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean or TypeKind.Json or TypeKind.Enum;
}

public enum TypeShapeKind
{
    Record,
    Enum,

    /// <summary>
    /// The answer that is either an array or a page object holding that array (<c>oneOf</c>): one record with the
    /// items in <see cref="TypeShape.ItemsProperty"/> and the page's other members nullable.
    /// </summary>
    ListResult,
}

/// <summary>
/// A type the generator emits; <see cref="Usage"/> says which of its JSON code the client calls. <see cref="Closed"/>
/// says the schema allows no member it does not declare (<c>additionalProperties: false</c>).
/// </summary>
public sealed record TypeShape(
    TypeShapeKind Kind,
    string Name,
    string? Description,
    EquatableArray<PropertyShape> Properties,
    EquatableArray<EnumMemberShape> Members,
    string? ItemsProperty,
    int? MinProperties,
    TypeUsage Usage = TypeUsage.None,
    bool Closed = false)
{
    /// <summary>The C# name of the member holding the members a record's description does not list.</summary>
    public const string OtherMembersProperty = "AdditionalProperties";

    /// <summary>
    /// A record keeps the members its description does not list (in <see cref="OtherMembersProperty"/>) when a response
    /// can carry it, since APIs add members and a round trip must not drop them, or when its schema leaves it open.
    /// </summary>
    public bool KeepsOtherMembers => Kind != TypeShapeKind.Enum && ((Usage & TypeUsage.Read) != 0 || !Closed);
}

/// <summary>
/// A record member. <see cref="Required"/> members use C#'s <c>required</c>; the others are nullable and are written only
/// when set, and stay null when a response leaves them out (schema defaults are never invented into responses).
/// <see cref="ThreeState"/> members (optional and nullable in a record a request sends) are <c>Optional&lt;T?&gt;</c>:
/// absent, a value, or an explicit JSON null.
/// </summary>
public sealed record PropertyShape(string Name, string PropertyName, TypeRef Type, bool Required, bool Nullable, string? Description, bool ThreeState = false);

public sealed record EnumMemberShape(string Name, string Value);
