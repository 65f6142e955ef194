using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Validation;

/// <summary>
/// Checks a JSON value (an example, a default) against a schema of the description subset, resolving
/// <c>$ref</c> through the description's types. Reports the first, most specific violation. Not thread-safe
/// (it caches compiled patterns); create one per validation run.
/// </summary>
public sealed class SchemaValidator
{
    private const int MaxListedValues = 10;

    private readonly TypeIndex _types;
    private readonly PatternCache _patterns;

    // A $ref entered again for the same JSON value adds no constraint: it is a cycle such as A = allOf[$ref A].
    private readonly HashSet<(string Type, JsonNode Node)> _activeReferences = new(ReferenceComparer.Instance);

    public SchemaValidator(ApiDescription description)
        : this(new PatternCache(), new TypeIndex(description))
    {
    }

    internal SchemaValidator(PatternCache patterns, TypeIndex types)
    {
        _patterns = patterns;
        _types = types;
    }

    /// <summary>Null when <paramref name="value"/> matches <paramref name="schema"/>. Unresolved references and uncompilable patterns constrain nothing here: the description validator reports them.</summary>
    public SchemaViolation? Validate(JsonNode value, Schema schema) => Check(value, schema, JsonPath.Root);

    private SchemaViolation? Check(JsonNode node, Schema schema, string path)
    {
        if (node is JsonNull && schema.Nullable)
        {
            return null;
        }

        return CheckReference(node, schema, path)
            ?? CheckType(node, schema, path)
            ?? CheckValue(node, schema, path)
            ?? node switch
            {
                JsonObject o => CheckObject(o, schema, path),
                JsonArray a => CheckArray(a, schema, path),
                JsonString s => CheckString(s, schema, path),
                JsonNumber n => CheckNumber(n, schema, path),
                _ => null,
            }
            ?? CheckAllOf(node, schema, path)
            ?? CheckAlternatives(node, schema, schema.AnyOf, "anyOf", path)
            ?? CheckAlternatives(node, schema, schema.OneOf, "oneOf", path);
    }

    private SchemaViolation? CheckReference(JsonNode node, Schema schema, string path)
    {
        var name = schema.RefName;
        var target = name is null ? null : _types.Find(name);
        if (name is null || target is null || !_activeReferences.Add((name, node)))
        {
            return null;
        }

        try
        {
            return Check(node, target, path);
        }
        finally
        {
            _activeReferences.Remove((name, node));
        }
    }

    private static SchemaViolation? CheckType(JsonNode node, Schema schema, string path)
    {
        var matches = schema.Type switch
        {
            SchemaType.Any => true,
            SchemaType.String => node is JsonString,
            SchemaType.Integer => node is JsonNumber n && JsonNumberText.HasIntegralValue(n.Text),
            SchemaType.Number => node is JsonNumber,
            SchemaType.Boolean => node is JsonBoolean,
            SchemaType.Object => node is JsonObject,
            SchemaType.Array => node is JsonArray,
            _ => node is JsonNull,
        };
        if (matches)
        {
            return null;
        }

        var expected = JsonValueText.TypeName(schema.Type) + (schema.Nullable ? " or null" : string.Empty);
        return Violation(node, path, "type", "expected " + expected + ", found " + JsonValueText.Describe(node) + " (type)");
    }

    private static SchemaViolation? CheckValue(JsonNode node, Schema schema, string path)
    {
        if (schema.Const is { } constant && !JsonWriter.DeepEquals(node, constant))
        {
            return Violation(node, path, "const", "expected " + JsonValueText.Literal(constant) + ", found " + JsonValueText.Describe(node) + " (const)");
        }

        if (schema.Enum.IsEmpty)
        {
            return null;
        }

        foreach (var allowed in schema.Enum)
        {
            if (JsonWriter.DeepEquals(node, allowed))
            {
                return null;
            }
        }

        var list = new StringBuilder();
        for (var i = 0; i < schema.Enum.Count && i < MaxListedValues; i++)
        {
            list.Append(i == 0 ? string.Empty : ", ").Append(JsonValueText.Literal(schema.Enum[i]));
        }

        if (schema.Enum.Count > MaxListedValues)
        {
            list.Append(", ... (").Append(schema.Enum.Count.ToString(CultureInfo.InvariantCulture)).Append(" values)");
        }

        return Violation(node, path, "enum", JsonValueText.Literal(node) + " is not one of " + list + " (enum)");
    }

    private SchemaViolation? CheckObject(JsonObject node, Schema schema, string path)
    {
        foreach (var name in schema.Required)
        {
            if (node.Find(name) is null)
            {
                return Violation(node, path, "required", "the member " + JsonValueText.Quote(name) + " is required and missing (required)");
            }
        }

        foreach (var member in node.Members)
        {
            var memberPath = JsonPath.Member(path, member.Name);
            var property = FindProperty(schema, member.Name);
            if (property is not null || schema.AdditionalProperties is not null)
            {
                var violation = Check(member.Value, property?.Schema ?? schema.AdditionalProperties!, memberPath);
                if (violation is not null)
                {
                    return violation;
                }
            }
            else if (!schema.AdditionalPropertiesAllowed)
            {
                return new SchemaViolation(DiagnosticIds.ExampleMismatch, memberPath, "additionalProperties", "the member " + JsonValueText.Quote(member.Name) + " is not allowed (additionalProperties: false)" + AllowedMembers(schema), member.NameSpan);
            }
        }

        var count = node.Members.Count;
        if (schema.MinProperties is { } min && count < min)
        {
            return Violation(node, path, "minProperties", "an object must have at least " + JsonValueText.Count(min, "member") + " (minProperties), it has " + count.ToString(CultureInfo.InvariantCulture));
        }

        if (schema.MaxProperties is { } max && count > max)
        {
            return Violation(node, path, "maxProperties", "an object may have at most " + JsonValueText.Count(max, "member") + " (maxProperties), it has " + count.ToString(CultureInfo.InvariantCulture));
        }

        return null;
    }

    private SchemaViolation? CheckArray(JsonArray node, Schema schema, string path)
    {
        if (schema.Items is { } items)
        {
            for (var i = 0; i < node.Items.Count; i++)
            {
                var violation = Check(node.Items[i], items, JsonPath.Item(path, i));
                if (violation is not null)
                {
                    return violation;
                }
            }
        }

        var count = node.Items.Count;
        if (schema.MinItems is { } min && count < min)
        {
            return Violation(node, path, "minItems", "an array must have at least " + JsonValueText.Count(min, "item") + " (minItems), it has " + count.ToString(CultureInfo.InvariantCulture));
        }

        if (schema.MaxItems is { } max && count > max)
        {
            return Violation(node, path, "maxItems", "an array may have at most " + JsonValueText.Count(max, "item") + " (maxItems), it has " + count.ToString(CultureInfo.InvariantCulture));
        }

        return null;
    }

    private SchemaViolation? CheckString(JsonString node, Schema schema, string path)
    {
        var length = schema.MinLength is not null || schema.MaxLength is not null ? CodePoints.Count(node.Value) : 0;
        if (schema.MinLength is { } min && length < min)
        {
            return Violation(node, path, "minLength", "a string must have at least " + JsonValueText.Count(min, "character") + " (minLength), it has " + length.ToString(CultureInfo.InvariantCulture));
        }

        if (schema.MaxLength is { } max && length > max)
        {
            return Violation(node, path, "maxLength", "a string may have at most " + JsonValueText.Count(max, "character") + " (maxLength), it has " + length.ToString(CultureInfo.InvariantCulture));
        }

        if (schema.Pattern is { } pattern && _patterns.Get(pattern, out _) is { } regex)
        {
            if (PatternCache.IsMatch(regex, node.Value) is not { } matched)
            {
                return new SchemaViolation(DiagnosticIds.PatternTimeout, path, "pattern", "matching " + JsonValueText.Quote(node.Value) + " against the pattern " + JsonValueText.Quote(pattern) + " took longer than " + PatternCache.Timeout.TotalMilliseconds.ToString(CultureInfo.InvariantCulture) + " ms (pattern)", node.Span);
            }

            if (!matched)
            {
                return Violation(node, path, "pattern", JsonValueText.Quote(node.Value) + " does not match the pattern " + JsonValueText.Quote(pattern) + " (pattern)");
            }
        }

        return schema.Format switch
        {
            StringFormats.DateTime when !StringFormats.IsDateTime(node.Value) =>
                Violation(node, path, "format", JsonValueText.Quote(node.Value) + " is not an RFC 3339 date-time such as '2024-01-31T12:00:00Z' (format: date-time)"),
            StringFormats.Uri when !StringFormats.IsAbsoluteUri(node.Value) =>
                Violation(node, path, "format", JsonValueText.Quote(node.Value) + " is not an absolute URI such as 'https://example.com/hook' (format: uri)"),
            _ => null,
        };
    }

    private static SchemaViolation? CheckNumber(JsonNumber node, Schema schema, string path)
    {
        if (schema.Minimum is null && schema.Maximum is null)
        {
            return null;
        }

        var value = JsonNumberText.ToDouble(node.Text);
        if (schema.Minimum is { } min && value < min)
        {
            return Violation(node, path, "minimum", "the number must be at least " + JsonNumberText.Format(min) + " (minimum), it is " + node.Text);
        }

        if (schema.Maximum is { } max && value > max)
        {
            return Violation(node, path, "maximum", "the number must be at most " + JsonNumberText.Format(max) + " (maximum), it is " + node.Text);
        }

        return null;
    }

    private SchemaViolation? CheckAllOf(JsonNode node, Schema schema, string path)
    {
        foreach (var part in schema.AllOf)
        {
            var violation = Check(node, part, path);
            if (violation is not null)
            {
                return violation;
            }
        }

        return null;
    }

    private SchemaViolation? CheckAlternatives(JsonNode node, Schema schema, EquatableArray<Schema> alternatives, string keyword, string path)
    {
        if (alternatives.IsEmpty)
        {
            return null;
        }

        var failures = new List<SchemaViolation>(alternatives.Count);
        var matched = new List<int>();
        for (var i = 0; i < alternatives.Count; i++)
        {
            var violation = Check(node, alternatives[i], path);
            if (violation is null)
            {
                matched.Add(i + 1);
            }
            else if (violation.Id != DiagnosticIds.ExampleMismatch)
            {
                return violation;
            }
            else
            {
                failures.Add(violation);
            }
        }

        if (matched.Count == 1 || (matched.Count > 1 && keyword == "anyOf"))
        {
            return null;
        }

        if (matched.Count > 1)
        {
            return Violation(node, path, keyword, "the value matches " + matched.Count.ToString(CultureInfo.InvariantCulture) + " alternatives (oneOf: alternatives " + JoinNumbers(matched) + "), exactly one must match");
        }

        return MostSpecific(node, failures, keyword, path);
    }

    /// <summary>
    /// When only one alternative accepts the value's type, its failure is the one the author cares about;
    /// otherwise every alternative's failure is listed.
    /// </summary>
    private static SchemaViolation MostSpecific(JsonNode node, List<SchemaViolation> failures, string keyword, string path)
    {
        SchemaViolation? candidate = null;
        var candidates = 0;
        foreach (var failure in failures)
        {
            if (!(failure.Keyword == "type" && failure.Path == path))
            {
                candidate = failure;
                candidates++;
            }
        }

        if (candidates == 1)
        {
            return candidate!;
        }

        var reason = new StringBuilder("the value matches none of the ")
            .Append(failures.Count.ToString(CultureInfo.InvariantCulture))
            .Append(" alternatives (").Append(keyword).Append(')');
        for (var i = 0; i < failures.Count; i++)
        {
            reason.Append(i == 0 ? ": " : "; ")
                .Append("alternative ").Append((i + 1).ToString(CultureInfo.InvariantCulture))
                .Append(failures[i].Path == path ? string.Empty : " at " + failures[i].Path)
                .Append(": ").Append(failures[i].Reason);
        }

        return Violation(node, path, keyword, reason.ToString());
    }

    private static SchemaProperty? FindProperty(Schema schema, string name)
    {
        foreach (var property in schema.Properties)
        {
            if (property.Name == name)
            {
                return property;
            }
        }

        return null;
    }

    private static string AllowedMembers(Schema schema)
    {
        if (schema.Properties.IsEmpty)
        {
            return "; the object allows no members";
        }

        var list = new StringBuilder("; allowed members: ");
        for (var i = 0; i < schema.Properties.Count; i++)
        {
            list.Append(i == 0 ? string.Empty : ", ").Append(JsonValueText.Quote(schema.Properties[i].Name));
        }

        return list.ToString();
    }

    private static string JoinNumbers(List<int> numbers)
    {
        var text = new StringBuilder();
        for (var i = 0; i < numbers.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : i == numbers.Count - 1 ? " and " : ", ").Append(numbers[i].ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    private static SchemaViolation Violation(JsonNode node, string path, string keyword, string reason) =>
        new(DiagnosticIds.ExampleMismatch, path, keyword, reason, node.Span);

    /// <summary>JSON nodes are records with value equality; cycle detection needs identity.</summary>
    private sealed class ReferenceComparer : IEqualityComparer<(string Type, JsonNode Node)>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals((string Type, JsonNode Node) x, (string Type, JsonNode Node) y) =>
            x.Type == y.Type && ReferenceEquals(x.Node, y.Node);

        public int GetHashCode((string Type, JsonNode Node) obj) =>
            unchecked((obj.Type.GetHashCode() * 31) + RuntimeHelpers.GetHashCode(obj.Node));
    }
}
