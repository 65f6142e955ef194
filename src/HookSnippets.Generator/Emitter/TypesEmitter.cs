using HookSnippets.ClientShape;

namespace HookSnippets.Generator.Emitter;

/// <summary>
/// Emits the description's types: sealed records with init-only members (required ones with <c>required</c>, the
/// others nullable) and enums whose members document their wire values.
/// </summary>
internal static class TypesEmitter
{
    public static string Emit(CSharpClientShape shape)
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
                EmitEnum(writer, type);
            }
            else
            {
                EmitRecord(writer, type, qualifier);
            }
        }

        return writer.ToString();
    }

    private static void EmitEnum(SourceWriter writer, TypeShape type)
    {
        CSharpNames.Doc(writer, "summary", type.Description ?? $"{type.Name} values.");
        writer.Lines($$"""
            {{CSharpNames.GeneratedCodeAttribute}}
            public enum {{type.Name}}
            {
            """);
        writer.Indent();
        foreach (var member in type.Members)
        {
            writer.Lines($$"""
                /// <summary>The wire value <c>{{CSharpNames.Xml(member.Value)}}</c>.</summary>
                {{member.Name}},
                """);
        }

        writer.Close();
    }

    private static void EmitRecord(SourceWriter writer, TypeShape type, string qualifier)
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
            public sealed record {{type.Name}}
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
            writer.Lines($$"""
                /// <remarks>JSON member <c>{{CSharpNames.Xml(property.Name)}}</c>.</remarks>
                {{Declaration(property, qualifier, type.Kind == TypeShapeKind.ListResult)}}
                """);
        }

        writer.Close();
    }

    private static string Declaration(PropertyShape property, string qualifier, bool listResult)
    {
        var typeName = CSharpNames.TypeName(property.Type, qualifier);
        if (listResult && property.Required)
        {
            return $"public {typeName} {property.PropertyName} {{ get; init; }} = global::System.Array.Empty<{CSharpNames.TypeName(property.Type.Element!, qualifier)}>();";
        }

        var required = property.Required ? "required " : string.Empty;
        var nullable = !property.Required || property.Nullable ? "?" : string.Empty;
        return $"public {required}{typeName}{nullable} {property.PropertyName} {{ get; init; }}";
    }
}
