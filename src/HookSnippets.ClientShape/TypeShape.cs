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

/// <summary>A type the generator emits; <see cref="Usage"/> says which of its JSON code the client calls.</summary>
public sealed record TypeShape(
    TypeShapeKind Kind,
    string Name,
    string? Description,
    EquatableArray<PropertyShape> Properties,
    EquatableArray<EnumMemberShape> Members,
    string? ItemsProperty,
    int? MinProperties,
    TypeUsage Usage = TypeUsage.None);

/// <summary>
/// A record member. <see cref="Required"/> members use C#'s <c>required</c>; the others are nullable and are written only
/// when set, and stay null when a response leaves them out (schema defaults are never invented into responses).
/// </summary>
public sealed record PropertyShape(string Name, string PropertyName, TypeRef Type, bool Required, bool Nullable, string? Description);

public sealed record EnumMemberShape(string Name, string Value);
