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
        CSharpNames.Doc(writer, "summary", type.Description ?? type.Name + " values.");
        writer.Line(CSharpNames.GeneratedCodeAttribute);
        writer.Open("public enum " + type.Name);
        foreach (var member in type.Members)
        {
            writer.Line("/// <summary>The wire value <c>" + CSharpNames.Xml(member.Value) + "</c>.</summary>");
            writer.Line(member.Name + ",");
        }

        writer.Close();
    }

    private static void EmitRecord(SourceWriter writer, TypeShape type, string qualifier)
    {
        var summary = type.Description ?? type.Name + ".";
        if (type.Kind == TypeShapeKind.ListResult)
        {
            summary += "\n\nRead from either answer shape: a bare array, or a page object that holds the array with its paging members (null for a bare array).";
        }

        CSharpNames.Doc(writer, "summary", summary);
        writer.Line(CSharpNames.GeneratedCodeAttribute);
        writer.Open("public sealed record " + type.Name);
        var first = true;
        foreach (var property in type.Properties)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            CSharpNames.Doc(writer, "summary", property.Description ?? "The " + property.Name + " member.");
            writer.Line("/// <remarks>JSON member <c>" + CSharpNames.Xml(property.Name) + "</c>.</remarks>");

            writer.Line(Declaration(property, qualifier, type.Kind == TypeShapeKind.ListResult));
        }

        writer.Close();
    }

    private static string Declaration(PropertyShape property, string qualifier, bool listResult)
    {
        var typeName = CSharpNames.TypeName(property.Type, qualifier);
        if (listResult && property.Required)
        {
            return "public " + typeName + " " + property.PropertyName + " { get; init; } = global::System.Array.Empty<" + CSharpNames.TypeName(property.Type.Element!, qualifier) + ">();";
        }

        var nullable = !property.Required || property.Nullable;
        return "public " + (property.Required ? "required " : string.Empty) + typeName + (nullable ? "?" : string.Empty) + " " + property.PropertyName + " { get; init; }";
    }
}
