using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;

namespace HookSnippets.ClientShape;

/// <summary>
/// Maps schemas to C# types. Named object, enum and array-or-page types become generated types under their own
/// names; other named types (maps, arrays, scalars) are used structurally; inline objects and enums get a name from
/// where they appear (<c>CreateHookRequestDependencies</c>).
/// </summary>
internal sealed class TypeResolver
{
    private static readonly string[] RecordReservedMembers =
    {
        "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "MemberwiseClone", "Finalize", "Deconstruct",
        TypeShape.OtherMembersProperty,
    };

    /// <summary>Members of the string-backed enum structs besides their values (TypesEmitter).</summary>
    private static readonly string[] EnumReservedMembers =
    {
        "Equals", "GetHashCode", "ToString", "PrintMembers", "GetType", "ToWire",
    };

    private readonly ShapeContext _context;
    private readonly Dictionary<string, NamedType> _named = new(System.StringComparer.Ordinal);
    private readonly List<NamedType> _declared = new();
    private readonly List<TypeShape> _inline = new();
    private readonly HashSet<string> _resolvingAliases = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, string> _listPages = new(System.StringComparer.Ordinal);

    private TypeResolver(ShapeContext context) => _context = context;

    /// <summary>
    /// The first step: the description's named types declared, so that they take their C# names before any inline
    /// type is named after the place it appears.
    /// </summary>
    public static TypeResolver Declare(ShapeContext context)
    {
        var resolver = new TypeResolver(context);
        foreach (var type in context.Description.Types)
        {
            var kind = resolver.Classify(type.Schema);
            var csharpName = kind is null ? null : context.Take(context.TypeNames, Identifiers.ToPascalCase(type.Name), type.Span);
            var named = new NamedType(type.Name, type.Schema, kind, csharpName);
            if (!resolver._named.ContainsKey(type.Name))
            {
                resolver._named.Add(type.Name, named);
            }

            resolver._declared.Add(named);
        }

        return resolver;
    }

    /// <summary>
    /// The step after the groups: builds the members of declared types no method reached too (TypeUsages leaves out
    /// those no operation reaches), and hands over every type, declared ones in declaration order, then inline ones
    /// in the order met.
    /// </summary>
    public static CompletedTypes Complete(ShapedGroups grouped)
    {
        var resolver = grouped.Types;
        var types = new List<TypeShape>();
        foreach (var type in resolver._declared)
        {
            resolver.EnsureBuilt(type);
            if (type.Shape is { } shape)
            {
                types.Add(shape);
            }
        }

        types.AddRange(resolver._inline);
        return new CompletedTypes(types, grouped.Groups, resolver._listPages);
    }

    public TypeRef Resolve(Schema schema, string contextName)
    {
        if (schema.Ref is not null)
        {
            return ResolveReference(schema);
        }

        if (!schema.Enum.IsEmpty)
        {
            if (AllStrings(schema.Enum))
            {
                var name = _context.Take(_context.TypeNames, contextName, schema.Span);
                _inline.Add(BuildEnum(name, schema));
                return TypeRef.Named(TypeKind.Enum, name);
            }

            _context.Warn(DiagnosticIds.UnsupportedEnum, "enum values that are not all strings are not generated as a C# enum; the plain type is used", schema.Span);
        }

        var alternatives = !schema.OneOf.IsEmpty ? schema.OneOf : schema.AnyOf;
        if (!alternatives.IsEmpty)
        {
            return ResolveUnion(schema, alternatives, contextName);
        }

        if (!schema.AllOf.IsEmpty)
        {
            return ResolveAllOf(schema, contextName);
        }

        switch (schema.Type)
        {
            case SchemaType.String:
                return TypeRef.Of(TypeKind.String);
            case SchemaType.Integer:
                return TypeRef.Of(IntegerWidth.Of(schema));
            case SchemaType.Number:
                return TypeRef.Of(TypeKind.Double);
            case SchemaType.Boolean:
                return TypeRef.Of(TypeKind.Boolean);
            case SchemaType.Array:
                var items = schema.Items is null ? TypeRef.Of(TypeKind.Json) : Element(schema.Items, contextName + "Item");
                return new TypeRef(TypeKind.List, null, items, schema.MinItems, schema.MaxItems);
            case SchemaType.Object or SchemaType.Any when !schema.Properties.IsEmpty:
                var recordName = _context.Take(_context.TypeNames, contextName, schema.Span);
                _inline.Add(BuildRecord(recordName, schema.Description ?? schema.Title, schema.Properties, schema.Required, schema.MinProperties, !schema.AdditionalPropertiesAllowed));
                return RecordRef(recordName, schema);
            case SchemaType.Object:
                var values = schema.AdditionalProperties is null ? TypeRef.Of(TypeKind.Json) : Element(schema.AdditionalProperties, contextName + "Value");
                return new TypeRef(TypeKind.Map, null, values, schema.MinProperties, schema.MaxProperties);
            default:
                return TypeRef.Of(TypeKind.Json);
        }
    }

    /// <summary>A list's items or a map's values, marked nullable when the schema allows JSON null there.</summary>
    private TypeRef Element(Schema schema, string contextName)
    {
        var type = Resolve(schema, contextName);
        return type.Kind != TypeKind.Json && AllowsNull(schema) ? type with { Nullable = true } : type;
    }

    private bool AllowsNull(Schema schema)
    {
        if (schema.Nullable || schema.Type == SchemaType.Null)
        {
            return true;
        }

        foreach (var alternative in !schema.OneOf.IsEmpty ? schema.OneOf : schema.AnyOf)
        {
            if (alternative.Type == SchemaType.Null && alternative.Ref is null)
            {
                return true;
            }
        }

        return schema.Ref is not null && Dereference(schema) is { Nullable: true };
    }

    private TypeRef ResolveReference(Schema schema)
    {
        var refName = schema.RefName;
        if (refName is null || !_named.TryGetValue(refName, out var named))
        {
            _context.Warn(DiagnosticIds.UnresolvedTypeReference, $"'{schema.Ref}' names no type of this description; the value is exposed as JsonElement", schema.Span);
            return TypeRef.Of(TypeKind.Json);
        }

        if (named.Kind is { } kind && named.CSharpName is { } csharpName)
        {
            return kind == TypeShapeKind.Record
                ? RecordRef(csharpName, named.Schema)
                : TypeRef.Named(kind == TypeShapeKind.Enum ? TypeKind.Enum : TypeKind.ListResult, csharpName);
        }

        if (!_resolvingAliases.Add(refName))
        {
            _context.Warn(DiagnosticIds.RecursiveAlias, $"type '{refName}' refers to itself without an object in between; the value is exposed as JsonElement", schema.Span);
            return TypeRef.Of(TypeKind.Json);
        }

        var resolved = Resolve(named.Schema, Identifiers.ToPascalCase(refName));
        _resolvingAliases.Remove(refName);
        return resolved;
    }

    private TypeRef ResolveUnion(Schema schema, EquatableArray<Schema> alternatives, string contextName)
    {
        var nonNull = new List<Schema>();
        foreach (var alternative in alternatives)
        {
            if (alternative.Type != SchemaType.Null || alternative.Ref is not null)
            {
                nonNull.Add(alternative);
            }
        }

        if (nonNull.Count == 1)
        {
            return Resolve(nonNull[0], contextName);
        }

        if (TryFindListShape(nonNull, out var page, out var itemsMember))
        {
            var name = _context.Take(_context.TypeNames, contextName, schema.Span);
            _inline.Add(BuildListResult(name, schema.Description ?? schema.Title, page, itemsMember, nonNull));
            return TypeRef.Named(TypeKind.ListResult, name);
        }

        _context.Warn(DiagnosticIds.UntypedUnion, "union type cannot be typed; it is exposed as JsonElement", schema.Span);
        return TypeRef.Of(TypeKind.Json);
    }

    private TypeRef ResolveAllOf(Schema schema, string contextName)
    {
        if (schema.AllOf.Count == 1 && schema.Properties.IsEmpty)
        {
            return Resolve(schema.AllOf[0], contextName);
        }

        if (TryMergeAllOf(schema, out var properties, out var required))
        {
            var name = _context.Take(_context.TypeNames, contextName, schema.Span);
            _inline.Add(BuildRecord(name, schema.Description ?? schema.Title, properties, required, schema.MinProperties, !schema.AdditionalPropertiesAllowed));
            return RecordRef(name, schema);
        }

        _context.Warn(DiagnosticIds.UntypedUnion, "union type cannot be typed; it is exposed as JsonElement", schema.Span);
        return TypeRef.Of(TypeKind.Json);
    }

    private static TypeRef RecordRef(string name, Schema schema) => new(TypeKind.Record, name, null, schema.MinProperties, schema.MaxProperties);

    private TypeShapeKind? Classify(Schema schema)
    {
        if (schema.Ref is not null)
        {
            return null;
        }

        if (!schema.Enum.IsEmpty && AllStrings(schema.Enum))
        {
            return TypeShapeKind.Enum;
        }

        var alternatives = !schema.OneOf.IsEmpty ? schema.OneOf : schema.AnyOf;
        if (!alternatives.IsEmpty)
        {
            var nonNull = new List<Schema>();
            foreach (var alternative in alternatives)
            {
                if (alternative.Type != SchemaType.Null || alternative.Ref is not null)
                {
                    nonNull.Add(alternative);
                }
            }

            return nonNull.Count > 1 && TryFindListShape(nonNull, out _, out _) ? TypeShapeKind.ListResult : null;
        }

        if (!schema.AllOf.IsEmpty)
        {
            return (schema.AllOf.Count > 1 || !schema.Properties.IsEmpty) && TryMergeAllOf(schema, out _, out _) ? TypeShapeKind.Record : null;
        }

        return schema.Type is SchemaType.Object or SchemaType.Any && !schema.Properties.IsEmpty ? TypeShapeKind.Record : null;
    }

    private void EnsureBuilt(NamedType type)
    {
        if (type.Shape is not null || type.Kind is not { } kind || type.CSharpName is not { } name)
        {
            return;
        }

        var schema = type.Schema;
        var description = schema.Description ?? schema.Title;
        switch (kind)
        {
            case TypeShapeKind.Enum:
                type.Shape = BuildEnum(name, schema);
                break;
            case TypeShapeKind.ListResult:
                var alternatives = !schema.OneOf.IsEmpty ? schema.OneOf : schema.AnyOf;
                var nonNull = new List<Schema>();
                foreach (var alternative in alternatives)
                {
                    if (alternative.Type != SchemaType.Null || alternative.Ref is not null)
                    {
                        nonNull.Add(alternative);
                    }
                }

                type.Shape = TryFindListShape(nonNull, out var page, out var itemsMember)
                    ? BuildListResult(name, description, page, itemsMember, nonNull)
                    : BuildRecord(name, description, schema.Properties, schema.Required, schema.MinProperties, !schema.AdditionalPropertiesAllowed);
                break;
            default:
                if (!schema.AllOf.IsEmpty && TryMergeAllOf(schema, out var properties, out var required))
                {
                    type.Shape = BuildRecord(name, description, properties, required, schema.MinProperties, !schema.AdditionalPropertiesAllowed);
                }
                else
                {
                    type.Shape = BuildRecord(name, description, schema.Properties, schema.Required, schema.MinProperties, !schema.AdditionalPropertiesAllowed);
                }

                break;
        }
    }

    private TypeShape BuildRecord(string name, string? description, EquatableArray<SchemaProperty> properties, EquatableArray<string> required, int? minProperties, bool closed)
    {
        var members = new UniqueNames(RecordReservedMembers);
        members.Take(name, out _);
        var shapes = new List<PropertyShape>();
        foreach (var property in properties)
        {
            var propertyName = _context.Take(members, Identifiers.ToPascalCase(property.Name), property.NameSpan);
            var type = Resolve(property.Schema, name + propertyName);
            var isRequired = Contains(required, property.Name);
            shapes.Add(new PropertyShape(property.Name, propertyName, type, isRequired, property.Schema.Nullable, property.Schema.Description ?? property.Schema.Title));
        }

        return new TypeShape(TypeShapeKind.Record, name, description, shapes.ToEquatableArray(), EquatableArray<EnumMemberShape>.Empty, null, minProperties, Closed: closed);
    }

    private TypeShape BuildListResult(string name, string? description, Schema page, SchemaProperty itemsMember, List<Schema> alternatives)
    {
        foreach (var alternative in alternatives)
        {
            if (alternative.RefName is { } refName && _named.TryGetValue(refName, out var named) && ReferenceEquals(named.Schema, page)
                && named.Kind == TypeShapeKind.Record && named.CSharpName is { } pageName)
            {
                _listPages[name] = pageName;
            }
        }

        var record = BuildRecord(name, description, page.Properties, EquatableArray<string>.Empty, null, !page.AdditionalPropertiesAllowed);
        var properties = new List<PropertyShape>();
        foreach (var property in record.Properties)
        {
            properties.Add(property.Name == itemsMember.Name ? property with { Required = true, Nullable = false } : property);
        }

        return record with { Kind = TypeShapeKind.ListResult, Properties = properties.ToEquatableArray(), ItemsProperty = itemsMember.Name };
    }

    private TypeShape BuildEnum(string name, Schema schema)
    {
        var names = new UniqueNames(EnumReservedMembers);
        names.Take(name, out _);
        var members = new List<EnumMemberShape>();
        foreach (var value in schema.Enum)
        {
            var text = ((JsonString)value).Value;
            members.Add(new EnumMemberShape(_context.Take(names, Identifiers.ToPascalCase(text), value.Span), text));
        }

        return new TypeShape(TypeShapeKind.Enum, name, schema.Description ?? schema.Title, EquatableArray<PropertyShape>.Empty, members.ToEquatableArray(), null, null);
    }

    /// <summary>
    /// The array-or-page union: one alternative is an array of T, the other an object with exactly one array member
    /// whose items are T as well.
    /// </summary>
    private bool TryFindListShape(List<Schema> alternatives, [NotNullWhen(true)] out Schema? page, [NotNullWhen(true)] out SchemaProperty? itemsMember)
    {
        page = null;
        itemsMember = null;
        if (alternatives.Count != 2)
        {
            return false;
        }

        for (var i = 0; i < 2; i++)
        {
            var array = Dereference(alternatives[i]);
            var candidate = Dereference(alternatives[1 - i]);
            if (array?.Type != SchemaType.Array || candidate is null || candidate.Properties.IsEmpty)
            {
                continue;
            }

            SchemaProperty? found = null;
            var arrays = 0;
            foreach (var property in candidate.Properties)
            {
                if (Dereference(property.Schema)?.Type == SchemaType.Array)
                {
                    arrays++;
                    found = property;
                }
            }

            if (arrays == 1 && SameItems(array.Items, Dereference(found!.Schema)!.Items))
            {
                page = candidate;
                itemsMember = found;
                return true;
            }
        }

        return false;
    }

    private static bool SameItems(Schema? left, Schema? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        if (left.Ref is not null || right.Ref is not null)
        {
            return left.Ref == right.Ref;
        }

        return left.Type == right.Type && left.Type is not (SchemaType.Object or SchemaType.Array or SchemaType.Any)
            && left.Enum.IsEmpty && right.Enum.IsEmpty && left.Format == right.Format;
    }

    private bool TryMergeAllOf(Schema schema, out EquatableArray<SchemaProperty> properties, out EquatableArray<string> required)
    {
        var merged = new List<SchemaProperty>(schema.Properties);
        var requiredNames = new List<string>(schema.Required);
        foreach (var part in schema.AllOf)
        {
            var target = Dereference(part);
            if (target is null || target.Properties.IsEmpty || !target.OneOf.IsEmpty || !target.AnyOf.IsEmpty || !target.AllOf.IsEmpty)
            {
                properties = EquatableArray<SchemaProperty>.Empty;
                required = EquatableArray<string>.Empty;
                return false;
            }

            foreach (var property in target.Properties)
            {
                if (merged.FindIndex(p => p.Name == property.Name) < 0)
                {
                    merged.Add(property);
                }
            }

            requiredNames.AddRange(target.Required);
        }

        properties = merged.ToEquatableArray();
        required = requiredNames.ToEquatableArray();
        return true;
    }

    /// <summary>Follows <c>$ref</c>s to the schema they name; null for a missing or looping reference.</summary>
    private Schema? Dereference(Schema schema)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var current = schema;
        while (current.Ref is not null)
        {
            if (current.RefName is not { } name || !seen.Add(name) || !_named.TryGetValue(name, out var named))
            {
                return null;
            }

            current = named.Schema;
        }

        return current;
    }

    private static bool AllStrings(EquatableArray<JsonNode> values)
    {
        foreach (var value in values)
        {
            if (value is not JsonString)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(EquatableArray<string> values, string value)
    {
        foreach (var item in values)
        {
            if (item == value)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class NamedType
    {
        public NamedType(string name, Schema schema, TypeShapeKind? kind, string? csharpName)
        {
            Name = name;
            Schema = schema;
            Kind = kind;
            CSharpName = csharpName;
        }

        public string Name { get; }

        public Schema Schema { get; }

        public TypeShapeKind? Kind { get; }

        public string? CSharpName { get; }

        public TypeShape? Shape { get; set; }
    }
}
