using HookSnippets.Description.Json;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Model;

public enum SchemaType
{
    /// <summary>No <c>type</c>: any JSON value (or whatever <c>$ref</c>, <c>allOf</c>, <c>oneOf</c>, <c>anyOf</c> say).</summary>
    Any,
    String,
    Integer,
    Number,
    Boolean,
    Object,
    Array,
    Null,
}

/// <summary>
/// The JSON Schema subset endpoints.json uses (docs/endpoint-format.md). <see cref="Ref"/> names a type
/// (<c>#/types/Hook</c>); recursion goes through such references only.
/// </summary>
public sealed record Schema(
    SchemaType Type,
    bool Nullable,
    string? Ref,
    string? Title,
    string? Description,
    EquatableArray<SchemaProperty> Properties,
    EquatableArray<string> Required,
    bool AdditionalPropertiesAllowed,
    Schema? AdditionalProperties,
    Schema? Items,
    EquatableArray<JsonNode> Enum,
    JsonNode? Const,
    JsonNode? Default,
    JsonNode? Example,
    int? MinProperties,
    int? MaxProperties,
    int? MinItems,
    int? MaxItems,
    int? MinLength,
    int? MaxLength,
    double? Minimum,
    double? Maximum,
    string? Pattern,
    string? Format,
    EquatableArray<Schema> AllOf,
    EquatableArray<Schema> OneOf,
    EquatableArray<Schema> AnyOf,
    SourceSpan Span)
{
    public const string RefPrefix = "#/types/";

    /// <summary>The type name a <c>$ref</c> points at, or null.</summary>
    public string? RefName => Ref is not null && Ref.StartsWith(RefPrefix, System.StringComparison.Ordinal) ? Ref.Substring(RefPrefix.Length) : null;

    public static Schema Create(SchemaType type, SourceSpan span = default) => new(
        type, false, null, null, null,
        EquatableArray<SchemaProperty>.Empty, EquatableArray<string>.Empty, true, null, null,
        EquatableArray<JsonNode>.Empty, null, null, null,
        null, null, null, null, null, null, null, null, null, null,
        EquatableArray<Schema>.Empty, EquatableArray<Schema>.Empty, EquatableArray<Schema>.Empty,
        span);
}

public sealed record SchemaProperty(string Name, Schema Schema, SourceSpan NameSpan);
