using HookSnippets.ClientShape;
using HookSnippets.Description.Naming;

namespace HookSnippets.Generator.Emitter;

/// <summary>
/// Emits the description's types: sealed classes with settable members (required ones with <c>required</c>, the
/// others nullable, three-state ones <c>Optional&lt;T?&gt;</c>, and the members the description does not list in
/// <c>AdditionalProperties</c>), and string-backed enums: value types that hold any wire value, known or not.
/// </summary>
internal static class TypesEmitter
{
    /// <param name="runtime">The qualifier of the namespace holding the shared runtime types.</param>
    public static string Emit(CSharpClientShape shape, string runtime)
    {
        var writer = new SourceWriter();
        CSharpNames.WriteFileHeader(writer, shape.Namespace);
        var qualifier = CSharpNames.Qualifier(shape.Namespace);
        var first = true;
        foreach (var type in shape.Types)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            if (type.Kind == TypeShapeKind.Enum)
            {
                EmitEnum(writer, type, runtime);
            }
            else
            {
                EmitClass(writer, type, qualifier, runtime);
            }
        }

        return writer.ToString();
    }

    /// <summary>
    /// A wire value an API adds later is read, shown by <c>ToString()</c> and sent back unchanged, where a C# enum would
    /// fail the whole call. Equality is ordinal on the wire value; <c>default</c> holds none and is refused in requests.
    /// </summary>
    private static void EmitEnum(SourceWriter writer, TypeShape type, string runtime)
    {
        var name = type.Name;
        CSharpNames.Doc(writer, "summary", type.Description ?? $"{name} values.");
        writer.Lines($$"""
            /// <remarks>Holds any wire value, also one the description does not list: <c>new {{name}}("text")</c>; <see cref="ToString"/> gives it back.</remarks>
            {{CSharpNames.GeneratedCodeAttribute}}
            public readonly record struct {{name}}
            {
                private readonly string? _value;

                /// <summary>The value whose wire text is <paramref name="value"/>, listed by the description or not.</summary>
                /// <param name="value">The wire text.</param>
                /// <exception cref="global::System.ArgumentNullException"><paramref name="value"/> is null.</exception>
                public {{name}}(string value) => _value = value ?? throw new global::System.ArgumentNullException(nameof(value));
            """);
        writer.Indent();
        foreach (var member in type.Members)
        {
            writer.Lines($$"""

                /// <summary>The wire value <c>{{CSharpNames.Xml(member.Value)}}</c>.</summary>
                public static {{name}} {{member.Name}} => new({{CSharpLiteral.String(member.Value)}});
                """);
        }

        writer.Lines($$"""

            /// <summary>The wire value; empty for <c>default</c>, which holds none.</summary>
            /// <returns>The wire text.</returns>
            public override string ToString() => _value ?? string.Empty;

            /// <summary>Ordinal comparison of the wire values.</summary>
            /// <param name="other">The value to compare with.</param>
            /// <returns>Whether both hold the same wire text.</returns>
            public bool Equals({{name}} other) => string.Equals(_value, other._value, global::System.StringComparison.Ordinal);

            /// <inheritdoc/>
            public override int GetHashCode() => _value is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode(_value);

            internal string ToWire() => _value ?? throw {{runtime}}{{RuntimeNames.HttpHelpers}}.Unset({{CSharpLiteral.String(name)}});
            """);
        writer.Close();
    }

    private static void EmitClass(SourceWriter writer, TypeShape type, string qualifier, string runtime)
    {
        var summary = type.Kind == TypeShapeKind.ListResult
            ? $"""
                {type.Description ?? $"{type.Name}."}

                Read from either answer shape: a bare array, or a page object that holds the array with its paging members (null for a bare array).
                """
            : type.Description ?? $"{type.Name}.";
        CSharpNames.Doc(writer, "summary", summary);
        writer.Lines($$"""
            {{CSharpNames.GeneratedCodeAttribute}}
            public sealed class {{type.Name}}
            {
            """);
        writer.Indent();
        var first = true;
        foreach (var property in type.Properties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            CSharpNames.Doc(writer, "summary", property.Description ?? $"The {property.Name} member.");
            var remarks = property.ThreeState
                ? $"JSON member <c>{CSharpNames.Xml(property.Name)}</c>: left out unless set; set to null, it is sent as <c>null</c>."
                : $"JSON member <c>{CSharpNames.Xml(property.Name)}</c>.";
            writer.Lines($$"""
                /// <remarks>{{remarks}}</remarks>
                {{Declaration(property, qualifier, runtime, type.Kind == TypeShapeKind.ListResult)}}
                """);
        }

        if (type.KeepsOtherMembers)
        {
            writer.Lines($$"""
                {{(first ? string.Empty : "\n")}}/// <summary>Members of the JSON object that the description does not list, kept as read and written back when sent.</summary>
                public global::System.Collections.Generic.IReadOnlyDictionary<string, global::System.Text.Json.JsonElement>? {{TypeShape.OtherMembersProperty}} { get; set; }
                """);
        }

        writer.Close();
    }

    private static string Declaration(PropertyShape property, string qualifier, string runtime, bool listResult)
    {
        var typeName = CSharpNames.TypeName(property.Type, qualifier);
        if (listResult && property.Required)
        {
            return $"public {typeName} {property.PropertyName} {{ get; set; }} = global::System.Array.Empty<{CSharpNames.ElementName(property.Type.Element!, qualifier)}>();";
        }

        if (property.ThreeState)
        {
            return $"public {runtime}{RuntimeNames.Optional}<{typeName}?> {property.PropertyName} {{ get; set; }}";
        }

        var required = property.Required ? "required " : string.Empty;
        var nullable = !property.Required || property.Nullable ? "?" : string.Empty;
        return $"public {required}{typeName}{nullable} {property.PropertyName} {{ get; set; }}";
    }
}
