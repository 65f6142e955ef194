using System.Globalization;
using System.Text;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Validation;

/// <summary>
/// Rules for every schema in the description, nested ones included: HS1013 references, HS1017 patterns,
/// HS1028 contradictory bounds, HS1011 property names, HS1012 schema-level examples and defaults.
/// </summary>
internal static class SchemaRules
{
    private const int MaxListedTypes = 10;

    public static void Check(ValidationContext context, Schema schema)
    {
        CheckReference(context, schema);
        CheckPattern(context, schema);
        CheckBounds(context, schema);
        NameRules.CheckProperties(context, schema);
        context.CheckExample(schema.Example, schema, "Example");
        context.CheckExample(schema.Default, schema, "Default");

        foreach (var property in schema.Properties)
        {
            Check(context, property.Schema);
        }

        if (schema.AdditionalProperties is { } additional)
        {
            Check(context, additional);
        }

        if (schema.Items is { } items)
        {
            Check(context, items);
        }

        foreach (var part in schema.AllOf)
        {
            Check(context, part);
        }

        foreach (var part in schema.AnyOf)
        {
            Check(context, part);
        }

        foreach (var part in schema.OneOf)
        {
            Check(context, part);
        }
    }

    private static void CheckReference(ValidationContext context, Schema schema)
    {
        if (schema.Ref is not { } reference)
        {
            return;
        }

        if (schema.RefName is not { } name)
        {
            context.Error(
                DiagnosticIds.UnresolvedReference,
                schema.Span,
                "The reference '" + reference + "' is not of the form '" + Schema.RefPrefix + "Name'; references can only name a type declared under \"types\".");
        }
        else if (context.Types.Find(name) is null)
        {
            context.Error(
                DiagnosticIds.UnresolvedReference,
                schema.Span,
                "The reference '" + reference + "' names no type; " + DeclaredTypes(context.Description) + ". Fix the name or add the type under \"types\".");
        }
    }

    private static void CheckPattern(ValidationContext context, Schema schema)
    {
        if (schema.Pattern is { } pattern && context.Patterns.Get(pattern, out var error) is null)
        {
            context.Error(
                DiagnosticIds.InvalidPattern,
                schema.Span,
                "The pattern " + JsonValueText.Quote(pattern) + " is not a valid regular expression (" + error + "); write it in ECMA-262 syntax, as JSON Schema asks, and escape '\\' as '\\\\' inside JSON strings.");
        }
    }

    private static void CheckBounds(ValidationContext context, Schema schema)
    {
        Contradiction(context, schema, schema.MinLength, schema.MaxLength, "minLength", "maxLength");
        Contradiction(context, schema, schema.MinItems, schema.MaxItems, "minItems", "maxItems");
        Contradiction(context, schema, schema.MinProperties, schema.MaxProperties, "minProperties", "maxProperties");
        if (schema.Minimum is { } minimum && schema.Maximum is { } maximum && minimum > maximum)
        {
            Unsatisfiable(context, schema, "minimum (" + JsonNumberText.Format(minimum) + ") is greater than maximum (" + JsonNumberText.Format(maximum) + "); make minimum at most maximum");
        }

        if (schema.AdditionalPropertiesAllowed || schema.AdditionalProperties is not null)
        {
            return;
        }

        foreach (var name in schema.Required)
        {
            var declared = false;
            foreach (var property in schema.Properties)
            {
                declared |= property.Name == name;
            }

            if (!declared)
            {
                Unsatisfiable(context, schema, "the required member " + JsonValueText.Quote(name) + " is not under \"properties\" and additionalProperties is false; declare it under \"properties\" or remove it from \"required\"");
            }
        }
    }

    private static void Contradiction(ValidationContext context, Schema schema, int? min, int? max, string minKeyword, string maxKeyword)
    {
        if (min is { } low && max is { } high && low > high)
        {
            Unsatisfiable(context, schema, minKeyword + " (" + low.ToString(CultureInfo.InvariantCulture) + ") is greater than " + maxKeyword + " (" + high.ToString(CultureInfo.InvariantCulture) + "); make " + minKeyword + " at most " + maxKeyword);
        }
    }

    private static void Unsatisfiable(ValidationContext context, Schema schema, string reason) =>
        context.Error(DiagnosticIds.UnsatisfiableSchema, schema.Span, "No value can match this schema: " + reason + ".");

    private static string DeclaredTypes(ApiDescription description)
    {
        if (description.Types.IsEmpty)
        {
            return "the description declares no types";
        }

        var list = new StringBuilder("declared types: ");
        for (var i = 0; i < description.Types.Count && i < MaxListedTypes; i++)
        {
            list.Append(i == 0 ? string.Empty : ", ").Append(JsonValueText.Quote(description.Types[i].Name));
        }

        if (description.Types.Count > MaxListedTypes)
        {
            list.Append(", ...");
        }

        return list.ToString();
    }
}
