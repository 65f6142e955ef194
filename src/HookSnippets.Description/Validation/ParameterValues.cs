using System.Collections.Generic;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Validation;

/// <summary>What a parameter schema lets a URL or a header carry, classified the way the client shape types it.</summary>
internal enum ParameterValueKind
{
    /// <summary>A string, integer, number, boolean or string enum: one text in the path, the query or a header.</summary>
    Scalar,

    /// <summary>An array of scalars: a query parameter's repeated or comma-joined values.</summary>
    ScalarArray,

    /// <summary>Anything else (an object, a map, an untyped value, a union of several types, an array of those).</summary>
    Other,

    /// <summary>A <c>$ref</c> to no type: HS1013 says so, nothing more is known.</summary>
    Unresolved,
}

/// <summary>
/// The rules behind HS1029 and HS1030. It follows src/HookSnippets.ClientShape/TypeResolver.cs step by step (a reference, then a
/// string enum, then a union with one non-null branch, then a one-part allOf, then the type), so that a parameter
/// this accepts is exactly one the generated client can take as a string, number, boolean, enum or list of those.
/// </summary>
internal static class ParameterValues
{
    public static ParameterValueKind Classify(Schema schema, TypeIndex types) => Classify(schema, types, new HashSet<string>(System.StringComparer.Ordinal));

    /// <summary>Whether a schema of this kind may stand in <paramref name="location"/>.</summary>
    public static bool Allowed(ParameterValueKind kind, ParameterLocation location) =>
        kind is ParameterValueKind.Scalar or ParameterValueKind.Unresolved
        || (kind == ParameterValueKind.ScalarArray && location == ParameterLocation.Query);

    /// <summary>
    /// Whether <paramref name="example"/> is a value the request can carry: a string, number or boolean, or in the
    /// query an array of them. A nullable schema lets <c>null</c> match it, but a URL or a header has no null.
    /// </summary>
    public static bool IsSendable(JsonNode example, ParameterLocation location)
    {
        if (example is JsonArray array && location == ParameterLocation.Query)
        {
            foreach (var item in array.Items)
            {
                if (!IsScalar(item))
                {
                    return false;
                }
            }

            return true;
        }

        return IsScalar(example);
    }

    /// <summary>
    /// Why <paramref name="value"/> cannot be a header value of the expected request, or null: header values are
    /// printable ASCII (docs/endpoint-format.md, "Headers"), and HTTP clients strip spaces around them.
    /// </summary>
    public static string? HeaderProblem(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 || c > 0x7E)
            {
                return "it holds U+" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + ", and header values are printable ASCII (U+0020 to U+007E)";
            }
        }

        return value.Length > 0 && (value[0] == ' ' || value[value.Length - 1] == ' ')
            ? "it begins or ends with a space, which HTTP clients strip"
            : null;
    }

    private static bool IsScalar(JsonNode node) => node is JsonString or JsonNumber or JsonBoolean;

    private static ParameterValueKind Classify(Schema schema, TypeIndex types, HashSet<string> aliases)
    {
        if (schema.Ref is not null)
        {
            if (schema.RefName is not { } name || types.Find(name) is not { } target)
            {
                return ParameterValueKind.Unresolved;
            }

            // A type reached again through references only is the client's recursive alias: an untyped value.
            if (!aliases.Add(name))
            {
                return ParameterValueKind.Other;
            }

            var kind = Classify(target, types, aliases);
            aliases.Remove(name);
            return kind;
        }

        if (!schema.Enum.IsEmpty && AllStrings(schema.Enum))
        {
            return ParameterValueKind.Scalar;
        }

        var alternatives = !schema.OneOf.IsEmpty ? schema.OneOf : schema.AnyOf;
        if (!alternatives.IsEmpty)
        {
            Schema? single = null;
            var count = 0;
            foreach (var alternative in alternatives)
            {
                if (alternative.Type != SchemaType.Null || alternative.Ref is not null)
                {
                    single = alternative;
                    count++;
                }
            }

            return count == 1 ? Classify(single!, types, aliases) : ParameterValueKind.Other;
        }

        if (!schema.AllOf.IsEmpty)
        {
            return schema.AllOf.Count == 1 && schema.Properties.IsEmpty ? Classify(schema.AllOf[0], types, aliases) : ParameterValueKind.Other;
        }

        switch (schema.Type)
        {
            case SchemaType.String or SchemaType.Integer or SchemaType.Number or SchemaType.Boolean:
                return ParameterValueKind.Scalar;
            case SchemaType.Array when schema.Items is { } items:
                var element = Classify(items, types, aliases);
                return element is ParameterValueKind.Scalar or ParameterValueKind.Unresolved ? ParameterValueKind.ScalarArray : ParameterValueKind.Other;
            default:
                return ParameterValueKind.Other;
        }
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
}
