using System;
using System.Collections.Generic;
using System.Globalization;
using HookSnippets.ClientShape;
using HookSnippets.Description.Naming;

namespace HookSnippets.Generator.Emitter;

/// <summary>
/// Emits a client's JSON code (writing on Utf8JsonWriter, reading on Utf8JsonReader): a writer for each record a
/// request can send, a reader for each record or enum a response can carry (<see cref="TypeShape.Usage"/>). Readers
/// leave members the JSON leaves out null and keep members the description does not list in AdditionalProperties.
/// </summary>
internal sealed class JsonEmitter
{
    private const string Reader = "global::System.Text.Json.Utf8JsonReader";
    private const string Writer = "global::System.Text.Json.Utf8JsonWriter";
    private const string TokenType = "global::System.Text.Json.JsonTokenType";

    /// <summary>The scalars whose record members the readers read through one short helper each (the most common members).</summary>
    private static readonly TypeKind[] OptionalScalars = { TypeKind.String, TypeKind.Int32, TypeKind.Int64, TypeKind.Double, TypeKind.Boolean, TypeKind.Json };

    /// <summary>The scalars the writers write through one helper each, as a member (<c>StringMember</c>) or an item (<c>StringItem</c>).</summary>
    private static readonly TypeKind[] WrittenScalars = { TypeKind.String, TypeKind.Int32, TypeKind.Int64, TypeKind.Double, TypeKind.Boolean };

    private readonly string _qualifier;

    /// <summary>What goes before the JSON class's member names: the qualified class and a dot, or nothing inside it.</summary>
    private readonly string _json;
    private readonly string _helpers;
    private readonly string _body;
    private readonly string _runtime;

    /// <param name="runtime">The qualifier of the namespace holding the shared runtime types.</param>
    /// <param name="insideJsonClass">
    /// True for the code of the JSON class itself, which calls its own members by their simple names: shorter source
    /// for csc to parse, and nothing else in scope there can take those names.
    /// </param>
    public JsonEmitter(CSharpClientShape shape, string runtime, bool insideJsonClass = false)
    {
        _qualifier = CSharpNames.Qualifier(shape.Namespace);
        _json = insideJsonClass ? string.Empty : $"{_qualifier}{RuntimeNames.JsonClassOf(shape.ClientName)}.";
        _helpers = $"{runtime}{RuntimeNames.JsonHelpers}";
        _body = $"{runtime}{RuntimeNames.JsonBody}";
        _runtime = runtime;
    }

    public string Emit(CSharpClientShape shape)
    {
        var writer = new SourceWriter();
        CSharpNames.WriteFileHeader(writer, shape.Namespace);
        writer.Lines($$"""
            /// <summary>JSON readers and writers of the {{CSharpNames.Xml(shape.ClientName)}} types.</summary>
            {{CSharpNames.GeneratedCodeAttribute}}
            internal static class {{RuntimeNames.JsonClassOf(shape.ClientName)}}
            {
            """);
        writer.Indent();
        EmitHelpers(writer);
        foreach (var type in shape.Types)
        {
            foreach (var emit in Members(type))
            {
                writer.Line();
                emit(writer, type);
            }
        }

        writer.Close();
        return writer.ToString();
    }

    /// <summary>Only what the client calls: readers for received types, writers for sent records (an enum writes itself: ToWire), counts for checked ones.</summary>
    private IEnumerable<Action<SourceWriter, TypeShape>> Members(TypeShape type)
    {
        var enumType = type.Kind == TypeShapeKind.Enum;
        if ((type.Usage & TypeUsage.Written) != 0 && !enumType)
        {
            yield return EmitWriter;
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
    /// Statements writing <paramref name="expression"/> (never null) to the Utf8JsonWriter named <c>writer</c> plus
    /// <paramref name="suffix"/>; loop variables get the suffix too, so they never meet a method argument. Numbers go
    /// through Utf8JsonWriter's own overloads: int and long exactly, double as its shortest round-trip text.
    /// </summary>
    public void WriteValue(SourceWriter writer, TypeRef type, string expression, int depth, string suffix = "")
    {
        var target = $"writer{suffix}";
        var level = depth.ToString(CultureInfo.InvariantCulture);
        switch (type.Kind)
        {
            case TypeKind.Map:
                var entry = $"entry{level}{suffix}";
                writer.Lines($$"""
                    {{target}}.WriteStartObject();
                    foreach (var {{entry}} in {{expression}})
                    {
                        {{_json}}MemberName({{target}}, {{entry}}.Key);
                    """);
                writer.Indent();
                WriteElement(writer, type.Element!, $"{entry}.Value", depth + 1, suffix);
                writer.Close();
                writer.Line($"{target}.WriteEndObject();");
                break;
            case TypeKind.List:
                var item = $"item{level}{suffix}";
                writer.Line($"{target}.WriteStartArray();");
                if (type.Element!.Kind is TypeKind.Map or TypeKind.List || type.Element.Nullable)
                {
                    writer.Open($"foreach (var {item} in {expression})");
                    WriteElement(writer, type.Element, item, depth + 1, suffix);
                    writer.Close();
                }
                else
                {
                    writer.Line($"foreach (var {item} in {expression}) {WriteStatement(type.Element, target, item)}");
                }

                writer.Line($"{target}.WriteEndArray();");
                break;
            default:
                writer.Line(WriteStatement(type, target, expression));
                break;
        }
    }

    /// <summary>An item or map value: one that may be null is written as JSON null when it is.</summary>
    private void WriteElement(SourceWriter writer, TypeRef element, string expression, int depth, string suffix)
    {
        if (!element.Nullable)
        {
            WriteValue(writer, element, expression, depth, suffix);
            return;
        }

        var present = $"present{depth.ToString(CultureInfo.InvariantCulture)}{suffix}";
        writer.Open($"if ({expression} is {{ }} {present})");
        WriteValue(writer, element with { Nullable = false }, present, depth, suffix);
        writer.Close();
        writer.Line($"else {_json}NullItem(writer{suffix});");
    }

    /// <summary>The one statement writing a value that is not a collection.</summary>
    private string WriteStatement(TypeRef type, string target, string expression) => type.Kind switch
    {
        TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean => $"{_json}{type.Kind}Item({target}, {expression});",
        TypeKind.Json => $"{_body}.WriteElement({target}, {expression});",
        TypeKind.Enum => $"{_json}StringItem({target}, {expression}.ToWire());",
        _ => $"{_json}Write{type.Name}({target}, {expression});",
    };

    /// <summary>
    /// The one statement writing a member's name and scalar value (the helpers call Utf8JsonWriter's (name, value)
    /// overloads, which escape the name exactly as WritePropertyName does); null for members that need more than one call.
    /// </summary>
    private static string? WriteMemberStatement(TypeRef type, string name, string expression) => type.Kind switch
    {
        TypeKind.String or TypeKind.Int32 or TypeKind.Int64 or TypeKind.Double or TypeKind.Boolean => $"{type.Kind}Member(writer, {name}, {expression});",
        TypeKind.Enum => $"StringMember(writer, {name}, {expression}.ToWire());",
        _ => null,
    };

    /// <summary>An expression reading a value of <paramref name="type"/> from the reader variable <paramref name="reader"/>.</summary>
    public string ReadValue(TypeRef type, string reader, int depth) => type.Kind switch
    {
        TypeKind.Map => $"{_helpers}.ReadMap<{CSharpNames.ElementName(type.Element!, _qualifier)}>(ref {reader}, {ReadDelegate(type.Element!, depth + 1)})",
        TypeKind.List => $"{_helpers}.ReadList<{CSharpNames.ElementName(type.Element!, _qualifier)}>(ref {reader}, {ReadDelegate(type.Element!, depth + 1)})",
        _ => $"{ReadDelegate(type, depth)}(ref {reader})",
    };

    /// <summary>A HookSnippetsJsonRead delegate for <paramref name="type"/>: a method group, or a lambda for collections.</summary>
    public string ReadDelegate(TypeRef type, int depth)
    {
        if (type.Nullable)
        {
            var nullable = $"reader{depth.ToString(CultureInfo.InvariantCulture)}_";
            var inner = ReadValue(type with { Nullable = false }, nullable, depth);
            return $"static (ref {Reader} {nullable}) => {nullable}.TokenType == {TokenType}.Null ? null : ({CSharpNames.ElementName(type, _qualifier)}){inner}";
        }

        switch (type.Kind)
        {
            case TypeKind.String: return $"{_helpers}.ReadString";
            case TypeKind.Int32: return $"{_helpers}.ReadInt32";
            case TypeKind.Int64: return $"{_helpers}.ReadInt64";
            case TypeKind.Double: return $"{_helpers}.ReadDouble";
            case TypeKind.Boolean: return $"{_helpers}.ReadBoolean";
            case TypeKind.Json: return $"{_helpers}.ReadElement";
            case TypeKind.Map or TypeKind.List:
                var reader = $"reader{depth.ToString(CultureInfo.InvariantCulture)}_";
                return $"static (ref {Reader} {reader}) => {ReadValue(type, reader, depth)}";
            default: return $"{_json}Read{type.Name}";
        }
    }

    private void EmitEnumReader(SourceWriter writer, TypeShape type)
    {
        var enumType = $"{_qualifier}{type.Name}";
        writer.Line($"internal static {enumType} Read{type.Name}(ref {Reader} reader) => new({_helpers}.ReadString(ref reader));");
    }

    /// <summary>No generated method name starts with Optional either.</summary>
    private static string OptionalReader(TypeKind kind) => kind switch
    {
        TypeKind.String => "OptionalString",
        TypeKind.Int32 => "OptionalInt32",
        TypeKind.Int64 => "OptionalInt64",
        TypeKind.Double => "OptionalDouble",
        TypeKind.Boolean => "OptionalBoolean",
        _ => "OptionalJson",
    };

    /// <summary>No generated method name starts with MembersOf (they are Read, Write and Count).</summary>
    private static string DeclaredNames(TypeShape type) => $"MembersOf{type.Name}";

    /// <summary>
    /// The helpers the readers and enum conversions call. They live in each client's JSON class rather than in the
    /// shared runtime so that the thousands of member lines of a big API call them by their simple names (the whole
    /// Management API, one client with about 3,000 record members); the price is these lines once per client.
    /// </summary>
    private void EmitHelpers(SourceWriter writer)
    {
        writer.Lines($$"""
            /// <summary>Moves to the next member name of an object; false at its end.</summary>
            private static bool NextMember(ref {{Reader}} reader) => reader.Read() && reader.TokenType != {{TokenType}}.EndObject;

            /// <summary>Moves to the member's value; false when it is null.</summary>
            private static bool ValueIsPresent(ref {{Reader}} reader)
            {
                reader.Read();
                return reader.TokenType != {{TokenType}}.Null;
            }

            /// <summary>Keeps a member the description does not list, for the object's AdditionalProperties.</summary>
            private static void OtherMember(ref {{Reader}} reader, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? others)
            {
                var name = reader.GetString()!;
                reader.Read();
                (others ??= new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(global::System.StringComparer.Ordinal))[name] = global::System.Text.Json.JsonElement.ParseValue(ref reader);
            }
            """);
        foreach (var kind in OptionalScalars)
        {
            var scalar = TypeRef.Of(kind);
            writer.Lines($$"""

                private static {{CSharpNames.TypeName(scalar, _qualifier)}}? {{OptionalReader(kind)}}(ref {{Reader}} reader) => ValueIsPresent(ref reader) ? {{ReadValue(scalar, "reader", 0)}} : null;
                """);
        }

        // The writers call Utf8JsonWriter through these: one signature each, where its own methods have up to 30
        // overloads that csc resolves again at each of the thousands of calls (about 5 % of a big client's compile).
        writer.Lines($$"""

            internal static void MemberName({{Writer}} writer, string name) => writer.WritePropertyName(name);

            internal static void NullMember({{Writer}} writer, string name) => writer.WriteNull(name);

            internal static void NullItem({{Writer}} writer) => writer.WriteNullValue();
            """);
        foreach (var kind in WrittenScalars)
        {
            var type = CSharpNames.TypeName(TypeRef.Of(kind), _qualifier);
            var (member, item) = kind switch
            {
                TypeKind.String => ("WriteString", "WriteStringValue"),
                TypeKind.Boolean => ("WriteBoolean", "WriteBooleanValue"),
                _ => ("WriteNumber", "WriteNumberValue"),
            };
            writer.Lines($$"""

                internal static void {{kind}}Member({{Writer}} writer, string name, {{type}} value) => writer.{{member}}(name, value);

                internal static void {{kind}}Item({{Writer}} writer, {{type}} value) => writer.{{item}}(value);
                """);
        }
    }

    // One line per scalar or record member, like the readers: the writers are the other bulk of the emitted code.
    private void EmitWriter(SourceWriter writer, TypeShape type)
    {
        if (type.KeepsOtherMembers)
        {
            var names = new List<string>();
            foreach (var property in type.Properties)
            {
                names.Add(CSharpLiteral.String(property.Name));
            }

            writer.Line($"private static readonly string[] {DeclaredNames(type)} = {{ {string.Join(", ", names)} }};");
            writer.Line();
        }

        writer.Open($"internal static void Write{type.Name}({Writer} writer, {_qualifier}{type.Name} value)");
        writer.Line("writer.WriteStartObject();");
        var index = 0;
        foreach (var property in type.Properties)
        {
            var local = $"member{index.ToString(CultureInfo.InvariantCulture)}";
            index++;
            var name = CSharpLiteral.String(property.Name);
            if (property.ThreeState)
            {
                // Set to null: sent as null; not set: left out (Optional<T>), so a PATCH can clear a member.
                var set = $"value.{property.PropertyName}";
                if (WriteMemberStatement(property.Type, name, local) is { } single)
                {
                    writer.Line($"if ({set}.IsSet) {{ if ({set}.Value is {{ }} {local}) {single} else NullMember(writer, {name}); }}");
                    continue;
                }

                writer.Open($"if ({set}.IsSet)");
                writer.Open($"if ({set}.Value is {{ }} {local})");
                writer.Line($"MemberName(writer, {name});");
                WriteValue(writer, property.Type, local, 0);
                writer.Close();
                writer.Line($"else NullMember(writer, {name});");
                writer.Close();
                continue;
            }

            var always = property.Required && !property.Nullable;
            var present = always ? $"value.{property.PropertyName}" : local;
            var condition = $"if (value.{property.PropertyName} is {{ }} {local})";
            if (WriteMemberStatement(property.Type, name, present) is { } statement)
            {
                writer.Line(always ? statement : $"{condition} {statement}");
            }
            else if (!always && property.Type.Kind is not (TypeKind.Map or TypeKind.List))
            {
                writer.Line($"{condition} {{ MemberName(writer, {name}); {WriteStatement(property.Type, "writer", present)} }}");
            }
            else
            {
                if (!always)
                {
                    writer.Open(condition);
                }

                writer.Line($"MemberName(writer, {name});");
                WriteValue(writer, property.Type, present, 0);
                if (!always)
                {
                    writer.Close();
                }
            }

            if (property.Required && property.Nullable)
            {
                writer.Line($"else NullMember(writer, {name});");
            }
        }

        if (type.KeepsOtherMembers)
        {
            writer.Line($"if (value.{TypeShape.OtherMembersProperty} is {{ }} others) {_body}.WriteOtherMembers(writer, others, {DeclaredNames(type)}, {CSharpLiteral.String(type.Name)});");
        }

        writer.Line("writer.WriteEndObject();");
        writer.Close();
    }

    private void EmitReader(SourceWriter writer, TypeShape type)
    {
        var typeName = $"{_qualifier}{type.Name}";
        writer.Open($"internal static {typeName} Read{type.Name}(ref {Reader} reader)");
        if (type.Kind == TypeShapeKind.ListResult)
        {
            var items = Find(type, type.ItemsProperty!);
            writer.Lines($$"""
                if (reader.TokenType == {{TokenType}}.StartArray)
                {
                    return new {{typeName}} { {{items.PropertyName}} = {{ReadValue(items.Type, "reader", 0)}} };
                }

                """);
        }

        writer.Line($"{_helpers}.ExpectObject(ref reader, {CSharpLiteral.String($"a {type.Name} object")});");
        var index = 0;
        foreach (var property in type.Properties)
        {
            var suffix = index.ToString(CultureInfo.InvariantCulture);
            writer.Line(property.ThreeState
                ? $"{_runtime}{RuntimeNames.Optional}<{CSharpNames.TypeName(property.Type, _qualifier)}?> member{suffix} = default;"
                : $"{CSharpNames.TypeName(property.Type, _qualifier)}? member{suffix} = null;");
            if (property.Required && property.Nullable)
            {
                writer.Line($"var seen{suffix} = false;");
            }

            index++;
        }

        writer.Line("global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? others = null;");

        // One line per member: a record's reader is the bulk of the emitted code, and csc's time grows with it.
        writer.Open("while (NextMember(ref reader))");
        index = 0;
        foreach (var property in type.Properties)
        {
            var suffix = index.ToString(CultureInfo.InvariantCulture);
            var test = index == 0 ? "if" : "else if";
            var read = Array.IndexOf(OptionalScalars, property.Type.Kind) >= 0
                ? $"{OptionalReader(property.Type.Kind)}(ref reader)"
                : $"ValueIsPresent(ref reader) ? {ReadValue(property.Type, "reader", 0)} : null";
            var assign = $"member{suffix} = {(property.ThreeState ? $"new({read})" : read)};";
            var action = property.Required && property.Nullable ? $"{{ seen{suffix} = true; {assign} }}" : assign;
            writer.Line($"{test} (reader.ValueTextEquals({CSharpLiteral.String(property.Name)})) {action}");
            index++;
        }

        // Every record a response carries keeps the members it does not declare (TypeShape.KeepsOtherMembers).
        writer.Line(type.Properties.IsEmpty ? "OtherMember(ref reader, ref others);" : "else OtherMember(ref reader, ref others);");
        writer.Close();
        writer.Lines($$"""

            return new {{typeName}}
            {
            """);
        writer.Indent();
        index = 0;
        foreach (var property in type.Properties)
        {
            var suffix = index.ToString(CultureInfo.InvariantCulture);
            writer.Line($"{property.PropertyName} = {MemberValue(type, property, suffix)},");
            index++;
        }

        writer.Line($"{TypeShape.OtherMembersProperty} = others,");
        writer.Outdent();
        writer.Line("};");
        writer.Close();
    }

    /// <summary>What a reader assigns a member: the value read, an empty list, or a throw when a required one was missing.</summary>
    private string MemberValue(TypeShape type, PropertyShape property, string suffix)
    {
        var missing = $"throw {_helpers}.MissingMember({CSharpLiteral.String(type.Name)}, {CSharpLiteral.String(property.Name)})";
        if (type.Kind == TypeShapeKind.ListResult && property.Name == type.ItemsProperty)
        {
            return $"member{suffix} ?? global::System.Array.Empty<{CSharpNames.ElementName(property.Type.Element!, _qualifier)}>()";
        }

        if (property.Required && property.Nullable)
        {
            return $"seen{suffix} ? member{suffix} : {missing}";
        }

        return property.Required ? $"member{suffix} ?? {missing}" : $"member{suffix}";
    }

    /// <summary>How many members are set, for minProperties/maxProperties checks on request records.</summary>
    private void EmitCount(SourceWriter writer, TypeShape type)
    {
        var terms = new List<string>();
        foreach (var property in type.Properties)
        {
            terms.Add(property.ThreeState
                ? $"(value.{property.PropertyName}.IsSet ? 1 : 0)"
                : property.Required && !property.Nullable ? "1" : $"(value.{property.PropertyName} is null ? 0 : 1)");
        }

        if (type.KeepsOtherMembers)
        {
            terms.Add($"(value.{TypeShape.OtherMembersProperty}?.Count ?? 0)");
        }

        var sum = terms.Count == 0 ? "0" : string.Join(" + ", terms);
        writer.Line($"internal static int Count{type.Name}({_qualifier}{type.Name} value) => {sum};");
    }

    private static PropertyShape Find(TypeShape type, string name)
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
