using System.Collections.Generic;
using System.Globalization;
using System.Text;
using HookSnippets.Description.Json;
using HookSnippets.Description.Naming;

namespace HookSnippets.Description.CSharp;

/// <summary>Writes an example JSON value as the C# expression of its generated type (records as object initializers).</summary>
internal sealed class ExampleValueWriter
{
    private readonly Dictionary<string, TypeSpec> _types = new(System.StringComparer.Ordinal);

    public ExampleValueWriter(ClientSpec spec)
    {
        foreach (var type in spec.Types)
        {
            _types[type.Name] = type;
        }
    }

    public string Value(TypeRef type, JsonNode? example, int indent)
    {
        if (example is null or JsonNull)
        {
            return type.IsValueType ? "default" : "null";
        }

        switch (type.Kind)
        {
            case TypeKind.String:
                return CSharpLiteral.String(example is JsonString text ? text.Value : Compact(example));
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
                return "JsonDocument.Parse(" + CSharpLiteral.String(Compact(example)) + ").RootElement";
        }
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

        return "default(" + enumName + ")";
    }

    private string Map(TypeRef type, JsonNode example, int indent)
    {
        var creation = "new Dictionary<string, " + Name(type.Element!) + ">";
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
            return "new List<" + Name(type.Element!) + ">()";
        }

        var items = new List<string>();
        foreach (var item in array.Items)
        {
            items.Add(Value(type.Element!, item, indent));
        }

        return "new " + Name(type.Element!) + "[] { " + string.Join(", ", items) + " }";
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
        TypeKind.Map => "IReadOnlyDictionary<string, " + Name(type.Element!) + ">",
        TypeKind.List => "IReadOnlyList<" + Name(type.Element!) + ">",
        _ => type.Name!,
    };

    private static void Line(StringBuilder builder, int indent, string text) => builder.Append(Pad(indent)).Append(text).Append('\n');

    private static string Pad(int indent) => new(' ', indent * 4);

    /// <summary>Compact JSON text of an example that is not typed (a JsonElement argument).</summary>
    private static string Compact(JsonNode node)
    {
        var builder = new StringBuilder();
        AppendCompact(builder, node);
        return builder.ToString();
    }

    private static void AppendCompact(StringBuilder builder, JsonNode node)
    {
        switch (node)
        {
            case JsonObject value:
                builder.Append('{');
                for (var i = 0; i < value.Members.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    AppendString(builder, value.Members[i].Name);
                    builder.Append(':');
                    AppendCompact(builder, value.Members[i].Value);
                }

                builder.Append('}');
                break;
            case JsonArray array:
                builder.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    builder.Append(i == 0 ? string.Empty : ",");
                    AppendCompact(builder, array.Items[i]);
                }

                builder.Append(']');
                break;
            case JsonString text:
                AppendString(builder, text.Value);
                break;
            case JsonNumber number:
                builder.Append(number.Text);
                break;
            case JsonBoolean boolean:
                builder.Append(boolean.Value ? "true" : "false");
                break;
            default:
                builder.Append("null");
                break;
        }
    }

    private static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}
