using System.Collections.Generic;
using System.Text;
using HookSnippets.ClientShape;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Naming;
using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.CSharpClient;

/// <summary>Writes an example JSON value as the C# expression of its generated type (records as object initializers).</summary>
internal sealed class ExampleValueWriter
{
    private readonly Dictionary<string, TypeShape> _types = new(System.StringComparer.Ordinal);

    public ExampleValueWriter(CSharpClientShape shape)
    {
        foreach (var type in shape.Types)
        {
            _types[type.Name] = type;
        }
    }

    public string Value(TypeRef type, JsonNode? example, int indent)
    {
        // An untyped null is a value to send (a merge patch's "remove this member"); a default JsonElement holds none.
        if (example is null || (example is JsonNull && type.Kind != TypeKind.Json))
        {
            // JSON null: an untyped value holds it as a parsed null (a default JsonElement holds nothing and is refused);
            // every typed position the schema lets be null is a C# null there (nullable items, Optional<T?> members).
            return type.Kind == TypeKind.Json ? "JsonDocument.Parse(\"null\").RootElement" : "null";
        }

        switch (type.Kind)
        {
            case TypeKind.String:
                return CSharpLiteral.String(example is JsonString text ? text.Value : JsonWriter.Write(example, indented: false));
            case TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double:
                return example is JsonNumber number ? number.Text : "default";
            case TypeKind.Boolean:
                return example is JsonBoolean { Value: true } ? "true" : "false";
            case TypeKind.Enum:
                return EnumMember(type.Name!, example);
            case TypeKind.Map:
                return Map(type, example, indent);
            case TypeKind.List:
                return List(type, example, indent);
            case TypeKind.Record or TypeKind.ListResult:
                return Record(type.Name!, example, indent);
            default:
                return JsonElement(example, indent);
        }
    }

    /// <summary>
    /// An untyped JSON value (a <c>JsonElement</c> member, a multipart JSON part) as <c>JsonDocument.Parse(...)</c>: an
    /// object or array reads as its pretty JSON in a raw string literal, one member per line, its lines one level
    /// deeper than <paramref name="indent"/>; anything else is one short literal.
    /// </summary>
    public static string JsonElement(JsonNode example, int indent)
    {
        var json = example is JsonObject { Members.IsEmpty: false } or JsonArray { Items.IsEmpty: false }
            ? CSharpEncoder.Raw(JsonWriter.Write(example, indented: true), (indent + 1) * 4)
            : CSharpLiteral.String(JsonWriter.Write(example, indented: false));
        return "JsonDocument.Parse(" + json + ").RootElement";
    }

    private string EnumMember(string enumName, JsonNode example)
    {
        if (_types.TryGetValue(enumName, out var type) && example is JsonString text)
        {
            foreach (var member in type.Members)
            {
                if (member.Value == text.Value)
                {
                    return enumName + "." + member.Name;
                }
            }
        }

        // A value the description does not list: the string-backed enum holds it all the same.
        return "new " + enumName + "(" + CSharpLiteral.String(example is JsonString other ? other.Value : JsonWriter.Write(example, indented: false)) + ")";
    }

    private string Map(TypeRef type, JsonNode example, int indent)
    {
        var creation = "new Dictionary<string, " + ElementName(type.Element!) + ">";
        if (example is not JsonObject map || map.Members.IsEmpty)
        {
            return creation + "()";
        }

        var builder = new StringBuilder(creation).Append('\n');
        Line(builder, indent, "{");
        foreach (var member in map.Members)
        {
            Line(builder, indent + 1, "[" + CSharpLiteral.String(member.Name) + "] = " + Value(type.Element!, member.Value, indent + 1) + ",");
        }

        return builder.Append(Pad(indent)).Append('}').ToString();
    }

    private string List(TypeRef type, JsonNode example, int indent)
    {
        if (example is not JsonArray array || array.Items.IsEmpty)
        {
            return "new List<" + ElementName(type.Element!) + ">()";
        }

        var items = new List<string>();
        foreach (var item in array.Items)
        {
            items.Add(Value(type.Element!, item, indent));
        }

        return "new " + ElementName(type.Element!) + "[] { " + string.Join(", ", items) + " }";
    }

    private string Record(string name, JsonNode example, int indent)
    {
        var creation = "new " + name;
        if (example is not JsonObject value || !_types.TryGetValue(name, out var type))
        {
            return creation + "()";
        }

        var builder = new StringBuilder(creation).Append('\n');
        Line(builder, indent, "{");
        foreach (var property in type.Properties)
        {
            if (value.Find(property.Name) is { } member)
            {
                Line(builder, indent + 1, property.PropertyName + " = " + Value(property.Type, member.Value, indent + 1) + ",");
            }
        }

        return builder.Append(Pad(indent)).Append('}').ToString();
    }

    private static string Name(TypeRef type) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Int32 => "int",
        TypeKind.Int64 => "long",
        TypeKind.Double => "double",
        TypeKind.Boolean => "bool",
        TypeKind.Json => "JsonElement",
        TypeKind.Map => "IReadOnlyDictionary<string, " + ElementName(type.Element!) + ">",
        TypeKind.List => "IReadOnlyList<" + ElementName(type.Element!) + ">",
        _ => type.Name!,
    };

    private static string ElementName(TypeRef element) => Name(element) + (element.Nullable ? "?" : string.Empty);

    private static void Line(StringBuilder builder, int indent, string text) => builder.Append(Pad(indent)).Append(text).Append('\n');

    private static string Pad(int indent) => new(' ', indent * 4);
}
