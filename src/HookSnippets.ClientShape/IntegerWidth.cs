using System.Collections.Generic;
using System.Globalization;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.ClientShape;

/// <summary>
/// The C# type of an integer schema. <c>format: int64</c> is long and <c>format: int32</c> int, as written. Without a
/// format it is int unless a value the description gives for it lies outside int's range (its example, default,
/// const, an enum value, its minimum or maximum, or an example written beside a body or parameter of that schema):
/// then long, so that the value a sample passes compiles and the client can send what the description shows.
/// </summary>
internal static class IntegerWidth
{
    public static TypeKind Of(Schema schema) =>
        schema.Format switch
        {
            "int64" => TypeKind.Int64,
            null when ExceedsInt32(schema) => TypeKind.Int64,
            _ => TypeKind.Int32,
        };

    /// <summary>
    /// A body's or parameter's type widened for the examples written beside its schema (not inside it): an int, or
    /// the int items of a list, become long when one of those examples does not fit.
    /// </summary>
    public static TypeRef WidenForExamples(TypeRef type, Schema schema, JsonNode? example, EquatableArray<NamedExample> examples)
    {
        var values = new List<JsonNode>();
        if (example is not null)
        {
            values.Add(example);
        }

        foreach (var named in examples)
        {
            values.Add(named.Value);
        }

        if (schema.Format is not null || values.Count == 0)
        {
            return type;
        }

        if (type.Kind == TypeKind.Int32 && values.Exists(OutsideInt32))
        {
            return type with { Kind = TypeKind.Int64 };
        }

        if (type is { Kind: TypeKind.List, Element: { Kind: TypeKind.Int32 } element } && schema.Items is { Format: null } && values.Exists(AnyItemOutsideInt32))
        {
            return type with { Element = element with { Kind = TypeKind.Int64 } };
        }

        return type;
    }

    private static bool ExceedsInt32(Schema schema)
    {
        if (schema.Minimum is < int.MinValue or > int.MaxValue || schema.Maximum is < int.MinValue or > int.MaxValue)
        {
            return true;
        }

        if (OutsideInt32(schema.Example) || OutsideInt32(schema.Default) || OutsideInt32(schema.Const))
        {
            return true;
        }

        foreach (var value in schema.Enum)
        {
            if (OutsideInt32(value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyItemOutsideInt32(JsonNode node)
    {
        if (node is not JsonArray array)
        {
            return false;
        }

        foreach (var item in array.Items)
        {
            if (OutsideInt32(item))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The number's source text is read as a double: exact enough to tell int's range (2^31) apart.</summary>
    private static bool OutsideInt32(JsonNode? node) =>
        node is JsonNumber number
        && double.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
        && (value < int.MinValue || value > int.MaxValue);
}
