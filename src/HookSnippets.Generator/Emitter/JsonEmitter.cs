using System;
using System.Collections.Generic;
using System.Globalization;
using HookSnippets.Description.CSharp;
using HookSnippets.Description.Naming;

namespace HookSnippets.Generator.Emitter;

/// <summary>
/// Emits a client's JSON code (writing through the runtime's canonical writer, reading on Utf8JsonReader): a writer
/// for each record a request can send, a reader for each record a response can carry, wire-value switches per enum
/// (<see cref="TypeSpec.Usage"/>). Readers leave members the JSON leaves out null and skip members they do not know.
/// </summary>
internal sealed class JsonEmitter
{
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";

    private readonly string _qualifier;
    private readonly string _json;
    private readonly string _helpers;

    public JsonEmitter(ClientSpec spec)
    {
        _qualifier = CSharpNames.Qualifier(spec.Namespace);
        _json = _qualifier + RuntimeNames.JsonClassOf(spec.ClientName);
        _helpers = _qualifier + RuntimeNames.JsonHelpers;
    }

    public string Emit(ClientSpec spec)
    {
        var writer = new SourceWriter();
        CSharpNames.WriteFileHeader(writer, spec.Namespace);
        writer.Line("/// <summary>JSON readers and writers of the " + CSharpNames.Xml(spec.ClientName) + " types.</summary>");
        writer.Line(CSharpNames.GeneratedCodeAttribute);
        writer.Open("internal static class " + RuntimeNames.JsonClassOf(spec.ClientName));
        var first = true;
        foreach (var type in spec.Types)
        {
            foreach (var emit in Members(type))
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                emit(writer, type);
            }
        }

        writer.Close();
        return writer.ToString();
    }

    /// <summary>Only what the client calls: readers for received types, writers (wire values) for sent ones, counts for checked ones.</summary>
    private IEnumerable<Action<SourceWriter, TypeSpec>> Members(TypeSpec type)
    {
        var enumType = type.Kind == TypeSpecKind.Enum;
        if ((type.Usage & TypeUsage.Written) != 0)
        {
            yield return enumType ? EmitToWire : EmitWriter;
        }

        if ((type.Usage & TypeUsage.Read) != 0)
        {
            yield return enumType ? EmitEnumReader : EmitReader;
        }

        if ((type.Usage & TypeUsage.Counted) != 0)
        {
            yield return EmitCount;
        }
    }

    /// <summary>
    /// Statements writing <paramref name="expression"/> (never null) to the HookSnippetsJsonWriter named <c>writer</c> plus
    /// <paramref name="suffix"/>; loop variables get the suffix too, so they never meet a method argument.
    /// </summary>
    public void WriteValue(SourceWriter writer, TypeRef type, string expression, int depth, string suffix = "")
    {
        var target = "writer" + suffix;
        switch (type.Kind)
        {
            case TypeKind.String:
                writer.Line(target + ".WriteStringValue(" + expression + ");");
                break;
            case TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double:
                writer.Line(target + ".WriteNumberValue(" + expression + ");");
                break;
            case TypeKind.Boolean:
                writer.Line(target + ".WriteBooleanValue(" + expression + ");");
                break;
            case TypeKind.Json:
                writer.Line(target + ".WriteElement(" + expression + ");");
                break;
            case TypeKind.Enum:
                writer.Line(target + ".WriteStringValue(" + _json + ".ToWire(" + expression + "));");
                break;
            case TypeKind.Map:
                var entry = "entry" + depth.ToString(CultureInfo.InvariantCulture) + suffix;
                writer.Line(target + ".WriteStartObject();");
                writer.Open("foreach (var " + entry + " in " + expression + ")");
                writer.Line(target + ".WritePropertyName(" + entry + ".Key);");
                WriteValue(writer, type.Element!, entry + ".Value", depth + 1, suffix);
                writer.Close();
                writer.Line(target + ".WriteEndObject();");
                break;
            case TypeKind.List:
                var item = "item" + depth.ToString(CultureInfo.InvariantCulture) + suffix;
                writer.Line(target + ".WriteStartArray();");
                writer.Open("foreach (var " + item + " in " + expression + ")");
                WriteValue(writer, type.Element!, item, depth + 1, suffix);
                writer.Close();
                writer.Line(target + ".WriteEndArray();");
                break;
            default:
                writer.Line(_json + ".Write" + type.Name + "(" + target + ", " + expression + ");");
                break;
        }
    }

    /// <summary>An expression reading a value of <paramref name="type"/> from the reader variable <paramref name="reader"/>.</summary>
    public string ReadValue(TypeRef type, string reader, int depth) => type.Kind switch
    {
        TypeKind.Map => _helpers + ".ReadMap<" + CSharpNames.TypeName(type.Element!, _qualifier) + ">(ref " + reader + ", " + ReadDelegate(type.Element!, depth + 1) + ")",
        TypeKind.List => _helpers + ".ReadList<" + CSharpNames.TypeName(type.Element!, _qualifier) + ">(ref " + reader + ", " + ReadDelegate(type.Element!, depth + 1) + ")",
        _ => ReadDelegate(type, depth) + "(ref " + reader + ")",
    };

    /// <summary>A HookSnippetsJsonRead delegate for <paramref name="type"/>: a method group, or a lambda for collections.</summary>
    public string ReadDelegate(TypeRef type, int depth)
    {
        switch (type.Kind)
        {
            case TypeKind.String: return _helpers + ".ReadString";
            case TypeKind.Int32: return _helpers + ".ReadInt32";
            case TypeKind.Int64: return _helpers + ".ReadInt64";
            case TypeKind.Double: return _helpers + ".ReadDouble";
            case TypeKind.Boolean: return _helpers + ".ReadBoolean";
            case TypeKind.Json: return _helpers + ".ReadElement";
            case TypeKind.Map or TypeKind.List:
                var reader = "reader" + depth.ToString(CultureInfo.InvariantCulture) + "_";
                return "static (ref " + Reader + " " + reader + ") => " + ReadValue(type, reader, depth);
            default: return _json + ".Read" + type.Name;
        }
    }

    private void EmitToWire(SourceWriter writer, TypeSpec type)
    {
        var enumType = _qualifier + type.Name;
        writer.Line("internal static string ToWire(" + enumType + " value) => value switch");
        writer.Line("{");
        writer.Indent();
        foreach (var member in type.Members)
        {
            writer.Line(enumType + "." + member.Name + " => " + CSharpLiteral.String(member.Value) + ",");
        }

        writer.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"Not a " + type.Name + " value.\"),");
        writer.Outdent();
        writer.Line("};");
    }

    private void EmitEnumReader(SourceWriter writer, TypeSpec type)
    {
        var enumType = _qualifier + type.Name;
        writer.Open("internal static " + enumType + " Read" + type.Name + "(ref " + Reader + " reader)");
        writer.Line("var text = " + _helpers + ".ReadString(ref reader);");
        writer.Line("return text switch");
        writer.Line("{");
        writer.Indent();
        foreach (var member in type.Members)
        {
            writer.Line(CSharpLiteral.String(member.Value) + " => " + enumType + "." + member.Name + ",");
        }

        writer.Line("_ => throw " + _helpers + ".UnknownValue(" + CSharpLiteral.String(type.Name) + ", text),");
        writer.Outdent();
        writer.Line("};");
        writer.Close();
    }

    private void EmitWriter(SourceWriter writer, TypeSpec type)
    {
        writer.Open("internal static void Write" + type.Name + "(" + _qualifier + RuntimeNames.JsonWriter + " writer, " + _qualifier + type.Name + " value)");
        writer.Line("writer.WriteStartObject();");
        var index = 0;
        foreach (var property in type.Properties)
        {
            var local = "member" + index.ToString(CultureInfo.InvariantCulture);
            index++;
            var name = CSharpLiteral.String(property.Name);
            if (property.Required && !property.Nullable)
            {
                writer.Line("writer.WritePropertyName(" + name + ");");
                WriteValue(writer, property.Type, "value." + property.PropertyName, 0);
                continue;
            }

            writer.Open("if (value." + property.PropertyName + " is { } " + local + ")");
            writer.Line("writer.WritePropertyName(" + name + ");");
            WriteValue(writer, property.Type, local, 0);
            writer.Close();
            if (property.Required)
            {
                writer.Open("else");
                writer.Line("writer.WriteNull(" + name + ");");
                writer.Close();
            }
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
    }

    private void EmitReader(SourceWriter writer, TypeSpec type)
    {
        var typeName = _qualifier + type.Name;
        writer.Open("internal static " + typeName + " Read" + type.Name + "(ref " + Reader + " reader)");
        if (type.Kind == TypeSpecKind.ListResult)
        {
            var items = Find(type, type.ItemsProperty!);
            writer.Open("if (reader.TokenType == " + TokenType + ".StartArray)");
            writer.Line("return new " + typeName + " { " + items.PropertyName + " = " + ReadValue(items.Type, "reader", 0) + " };");
            writer.Close();
            writer.Line();
        }

        writer.Line(_helpers + ".ExpectObject(ref reader, " + CSharpLiteral.String("a " + type.Name + " object") + ");");
        var index = 0;
        foreach (var property in type.Properties)
        {
            var suffix = index.ToString(CultureInfo.InvariantCulture);
            writer.Line(CSharpNames.TypeName(property.Type, _qualifier) + "? member" + suffix + " = null;");
            if (property.Required && property.Nullable)
            {
                writer.Line("var seen" + suffix + " = false;");
            }

            index++;
        }

        writer.Open("while (reader.Read() && reader.TokenType != " + TokenType + ".EndObject)");
        index = 0;
        foreach (var property in type.Properties)
        {
            var suffix = index.ToString(CultureInfo.InvariantCulture);
            writer.Open((index == 0 ? "if" : "else if") + " (reader.ValueTextEquals(" + CSharpLiteral.String(property.Name) + "))");
            writer.Line("reader.Read();");
            if (property.Required && property.Nullable)
            {
                writer.Line("seen" + suffix + " = true;");
            }

            writer.Line("member" + suffix + " = reader.TokenType == " + TokenType + ".Null ? null : " + ReadValue(property.Type, "reader", 0) + ";");
            writer.Close();
            index++;
        }

        if (!type.Properties.IsEmpty)
        {
            writer.Open("else");
        }

        writer.Line("reader.Read();");
        writer.Line("reader.Skip();");
        if (!type.Properties.IsEmpty)
        {
            writer.Close();
        }

        writer.Close();
        writer.Line();
        writer.Line("return new " + typeName);
        writer.Line("{");
        writer.Indent();
        index = 0;
        foreach (var property in type.Properties)
        {
            var local = "member" + index.ToString(CultureInfo.InvariantCulture);
            var missing = "throw " + _helpers + ".MissingMember(" + CSharpLiteral.String(type.Name) + ", " + CSharpLiteral.String(property.Name) + ")";
            string value;
            if (type.Kind == TypeSpecKind.ListResult && property.Name == type.ItemsProperty)
            {
                value = local + " ?? global::System.Array.Empty<" + CSharpNames.TypeName(property.Type.Element!, _qualifier) + ">()";
            }
            else if (property.Required && property.Nullable)
            {
                value = "seen" + index.ToString(CultureInfo.InvariantCulture) + " ? " + local + " : " + missing;
            }
            else if (property.Required)
            {
                value = local + " ?? " + missing;
            }
            else
            {
                value = local;
            }

            writer.Line(property.PropertyName + " = " + value + ",");
            index++;
        }

        writer.Outdent();
        writer.Line("};");
        writer.Close();
    }

    /// <summary>How many members are set, for minProperties/maxProperties checks on request records.</summary>
    private void EmitCount(SourceWriter writer, TypeSpec type)
    {
        var terms = new List<string>();
        foreach (var property in type.Properties)
        {
            terms.Add(property.Required && !property.Nullable ? "1" : "(value." + property.PropertyName + " is null ? 0 : 1)");
        }

        writer.Line("internal static int Count" + type.Name + "(" + _qualifier + type.Name + " value) => " + (terms.Count == 0 ? "0" : string.Join(" + ", terms)) + ";");
    }

    private static PropertySpec Find(TypeSpec type, string name)
    {
        foreach (var property in type.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return type.Properties[0];
    }
}
