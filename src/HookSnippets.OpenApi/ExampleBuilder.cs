using System.Globalization;
using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Validation;

namespace HookSnippets.OpenApi;

/// <summary>
/// Example values that are valid for a schema: the schema's own example or default when asked, else enum/const
/// values, format samples, a string matching the pattern, placeholders for unconstrained strings, and numbers inside
/// the bounds. A oneOf/anyOf gets one concrete branch: the first whose value (with the union's own members) the
/// whole schema accepts, its discriminator tag included. Null when no value can be built (an unsupported pattern, a
/// required recursive member...). Objects get their required members (and optional ones up to minProperties), or with
/// <c>everyMember</c> each member that can be built (up to maxProperties), as a docs page shows a response.
/// </summary>
internal sealed class ExampleBuilder(IReadOnlyDictionary<string, Schema> types, SchemaValidator validator, bool useSourceExamples, bool everyMember = false)
{
    private const int MaxDepth = 12;
    private readonly List<string> _refStack = [];

    public JsonNode? Build(Schema schema, ExampleNames names) => Build(schema, names, 0);

    private JsonNode? Build(Schema schema, ExampleNames names, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        if (useSourceExamples && (schema.Example ?? schema.Default) is { } given and not JsonNull)
        {
            return given;
        }

        if (schema.Const is { } constant)
        {
            return constant;
        }

        if (schema.Enum.Count > 0)
        {
            return schema.Enum[0];
        }

        if (schema.RefName is { } typeName)
        {
            return BuildReference(typeName, names, depth);
        }

        if (schema.AllOf.Count > 0)
        {
            return Build(Merge(schema), names, depth + 1);
        }

        if (schema.OneOf.Count + schema.AnyOf.Count > 0)
        {
            return BuildUnion(schema, names, depth);
        }

        return schema.Type switch
        {
            SchemaType.String => BuildString(schema, names),
            SchemaType.Integer or SchemaType.Number => BuildNumber(schema),
            SchemaType.Boolean => new JsonBoolean(schema.Default is not JsonBoolean { Value: false }, default),
            SchemaType.Null => new JsonNull(default),
            SchemaType.Array => BuildArray(schema, names, depth),
            SchemaType.Object => BuildObject(schema, names, depth),
            _ => depth == 0 ? new JsonObject(EquatableArray<JsonMember>.Empty, default) : BuildString(schema, names),
        };
    }

    private JsonNode? BuildUnion(Schema schema, ExampleNames names, int depth)
    {
        var own = schema with { OneOf = EquatableArray<Schema>.Empty, AnyOf = EquatableArray<Schema>.Empty };
        var hasOwnMembers = !own.Properties.IsEmpty || !own.AllOf.IsEmpty;
        foreach (var branch in schema.OneOf.Concat(schema.AnyOf))
        {
            if (branch.Type == SchemaType.Null)
            {
                continue;
            }

            // Placeholders of a branch that does not fit must not reach the body's placeholder table.
            var mark = names.Placeholders?.Count ?? 0;
            var candidate = hasOwnMembers ? own with { AllOf = own.AllOf.Append(branch).ToEquatableArray() } : branch;
            if (Build(candidate, names, depth + 1) is { } value && validator.Validate(value, schema) is null)
            {
                return value;
            }

            names.Placeholders?.RemoveRange(mark, names.Placeholders.Count - mark);
        }

        return null;
    }

    private JsonNode? BuildReference(string typeName, ExampleNames names, int depth)
    {
        if (!types.TryGetValue(typeName, out var target) || _refStack.Count(n => n == typeName) >= 2)
        {
            return null;
        }

        _refStack.Add(typeName);
        try
        {
            return Build(target, names with { Description = names.Description ?? target.Description }, depth + 1);
        }
        finally
        {
            _refStack.RemoveAt(_refStack.Count - 1);
        }
    }

    /// <summary>
    /// allOf as the description defines it for objects: properties and required lists united, a property two parts
    /// declare constrained by both (a discriminator tag's const on a branch's plain string). Parts that are not
    /// objects give the value: the one that fixes it (a const, an enum) first.
    /// </summary>
    private Schema Merge(Schema schema)
    {
        var merged = schema with { AllOf = EquatableArray<Schema>.Empty };
        var properties = new List<SchemaProperty>(schema.Properties);
        var required = new List<string>(schema.Required);
        var values = new List<Schema>();
        var seen = new HashSet<string>();
        foreach (var branch in schema.AllOf)
        {
            var resolved = Resolve(branch, seen);
            if (resolved.AllOf.Count > 0)
            {
                resolved = Merge(resolved);
            }

            if (resolved.Type is not (SchemaType.Object or SchemaType.Any))
            {
                values.Add(resolved);
                continue;
            }

            foreach (var property in resolved.Properties)
            {
                var index = properties.FindIndex(q => q.Name == property.Name);
                if (index < 0)
                {
                    properties.Add(property);
                }
                else
                {
                    var both = new[] { properties[index].Schema, property.Schema }.ToEquatableArray();
                    properties[index] = properties[index] with { Schema = Schema.Create(SchemaType.Any) with { AllOf = both } };
                }
            }

            required.AddRange(resolved.Required.Where(r => !required.Contains(r)));
            merged = merged with
            {
                MinProperties = Max(merged.MinProperties, resolved.MinProperties),
                MaxProperties = Min(merged.MaxProperties, resolved.MaxProperties),
                AdditionalProperties = merged.AdditionalProperties ?? resolved.AdditionalProperties,
            };
        }

        if (values.Count > 0)
        {
            return values.FirstOrDefault(v => v.Const is not null || v.Enum.Count > 0) ?? values[0];
        }

        return merged with { Type = SchemaType.Object, Properties = properties.ToEquatableArray(), Required = required.ToEquatableArray() };
    }

    private Schema Resolve(Schema schema, HashSet<string> seen)
    {
        while (schema.RefName is { } name && seen.Add(name) && types.TryGetValue(name, out var target))
        {
            schema = target;
        }

        return schema;
    }

    private static JsonNode? BuildString(Schema schema, ExampleNames names)
    {
        if (FormatSample(schema.Format) is { } formatted)
        {
            return Fits(schema, formatted) ? JsonValues.String(formatted) : null;
        }

        if (schema.Pattern is { } pattern)
        {
            var regex = Patterns.Compile(pattern, out _);
            for (var extra = 0; extra < 3 && regex is not null; extra++)
            {
                if (PatternSampler.Sample(pattern, extra) is { } sample && Patterns.Matches(regex, sample) && Fits(schema, sample))
                {
                    return JsonValues.String(sample);
                }
            }

            return null;
        }

        var placeholder = Placeholders.Join(names.Stem, names.Name);
        if (placeholder.Length == 0)
        {
            placeholder = "VALUE";
        }

        if (schema.MaxLength is { } max && placeholder.Length > max)
        {
            placeholder = placeholder[..max].TrimEnd('_');
        }

        if (schema.MinLength is { } min && placeholder.Length < min)
        {
            placeholder = placeholder.PadRight(min, 'X');
        }

        if (!Fits(schema, placeholder) || placeholder.Length == 0)
        {
            return null;
        }

        names.Placeholders?.Add(new Placeholder(placeholder, names.Description ?? "Value of " + (names.Name.Length == 0 ? "the body" : names.Name) + "."));
        return JsonValues.String(placeholder);
    }

    private static bool Fits(Schema schema, string value) =>
        (schema.MinLength is not { } min || value.Length >= min) && (schema.MaxLength is not { } max || value.Length <= max);

    private static string? FormatSample(string? format) => format switch
    {
        "date-time" => "2026-01-01T00:00:00Z",
        "date" => "2026-01-01",
        "uri" or "url" or "strict-https-uri" or "absolute-https-uri-or-empty" or "absolute-uri-or-empty" => "https://example.com",
        "email" => "user@example.com",
        "uuid" => "00000000-0000-4000-8000-000000000000",
        "hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        _ => null,
    };

    private static JsonNode? BuildNumber(Schema schema)
    {
        double value;
        if (schema.Default is JsonNumber number && JsonValues.TryParseNumber(number.Text, out var given) && InBounds(schema, given))
        {
            value = given;
        }
        else if (schema.Minimum is { } minimum)
        {
            value = schema.Type == SchemaType.Integer ? Math.Ceiling(minimum) : minimum;
        }
        else if (schema.Maximum is { } maximum && maximum < 1)
        {
            value = schema.Type == SchemaType.Integer ? Math.Floor(maximum) : maximum;
        }
        else
        {
            value = 1;
        }

        if (!InBounds(schema, value) || (schema.Type == SchemaType.Integer && Math.Abs(value) > 9_007_199_254_740_991d))
        {
            return null;
        }

        return schema.Type == SchemaType.Integer
            ? new JsonNumber(((long)value).ToString(CultureInfo.InvariantCulture), default)
            : JsonValues.Number(value);
    }

    private static bool InBounds(Schema schema, double value) =>
        (schema.Minimum is not { } min || value >= min) && (schema.Maximum is not { } max || value <= max)
        && (schema.Type != SchemaType.Integer || Math.Floor(value) == value);

    private JsonNode? BuildArray(Schema schema, ExampleNames names, int depth)
    {
        var count = Math.Min(Math.Max(schema.MinItems ?? 1, 0), schema.MaxItems ?? int.MaxValue);
        var items = new List<JsonNode>();
        if (count > 0)
        {
            var item = schema.Items is null ? JsonValues.String(Placeholders.Join(names.Stem, names.Item().Name)) : Build(schema.Items, names.Item(), depth + 1);
            if (item is null)
            {
                return schema.MinItems is > 0 ? null : new JsonArray(EquatableArray<JsonNode>.Empty, default);
            }

            // Distinct items would need distinct values; one item repeated is enough unless more are required.
            for (var i = 0; i < count; i++)
            {
                items.Add(item);
            }
        }

        return new JsonArray(items.ToEquatableArray(), default);
    }

    private JsonNode? BuildObject(Schema schema, ExampleNames names, int depth)
    {
        var members = new List<JsonMember>();
        var wanted = schema.Properties.Where(p => schema.Required.Contains(p.Name)).ToList();
        var minimum = everyMember
            ? Math.Min(Math.Max(schema.Properties.Count, schema.AdditionalProperties is null ? 0 : 1), schema.MaxProperties ?? int.MaxValue)
            : schema.MinProperties ?? (depth == 0 ? 1 : 0);
        foreach (var optional in schema.Properties.Where(p => !schema.Required.Contains(p.Name)))
        {
            if (wanted.Count >= minimum)
            {
                break;
            }

            wanted.Add(optional);
        }

        foreach (var property in schema.Properties.Where(wanted.Contains))
        {
            var value = Build(property.Schema, names.Member(property.Name, property.Schema.Description), depth + 1);
            if (value is null)
            {
                if (schema.Required.Contains(property.Name))
                {
                    return null;
                }

                continue;
            }

            members.Add(new JsonMember(property.Name, default, value));
        }

        if (members.Count < minimum && schema.Properties.Count == 0 && schema.AdditionalProperties is { } valueSchema)
        {
            var key = Placeholders.Join(names.Stem, names.Name + "_key");
            var keyRow = names.Placeholders?.Count ?? 0;
            var value = Build(valueSchema, names.Member(names.Name + "_value", "Value for " + key + "."), depth + 1);
            if (value is null)
            {
                return null;
            }

            names.Placeholders?.Insert(keyRow, new Placeholder(key, "Name of an entry" + (names.Description is null ? "." : ": " + names.Description)));
            members.Add(new JsonMember(key, default, value));
        }

        if (members.Count < (schema.MinProperties ?? 0) || members.Count > (schema.MaxProperties ?? int.MaxValue))
        {
            return null;
        }

        return new JsonObject(members.ToEquatableArray(), default);
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
