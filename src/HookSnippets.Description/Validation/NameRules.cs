using System;
using System.Collections.Generic;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Validation;

/// <summary>HS1011: description names that the generator would turn into the same C# identifier.</summary>
internal static class NameRules
{
    public static void CheckOperations(ValidationContext context)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in context.Description.Operations)
        {
            var segments = operation.IdSegments;
            var pascal = new string[segments.Count];
            for (var i = 0; i < segments.Count; i++)
            {
                pascal[i] = Identifiers.ToPascalCase(segments[i]);
            }

            var csharp = string.Join(".", pascal);
            if (seen.TryGetValue(csharp, out var first))
            {
                context.Error(
                    DiagnosticIds.NameCollision,
                    operation.IdSpan,
                    "Operation ids '" + first + "' and '" + operation.Id + "' both become the C# name '" + csharp + "'; rename one of them.");
            }
            else
            {
                seen.Add(csharp, operation.Id);
            }
        }
    }

    public static void CheckParameters(ValidationContext context, Operation operation)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in operation.Parameters)
        {
            Claim(context, seen, Identifiers.ToCamelCase(parameter.Name), "parameter '" + parameter.Name + "'", parameter.Span, operation);
        }

        if (operation.Body is { } body)
        {
            var name = body.Name ?? "body";
            Claim(context, seen, Identifiers.ToCamelCase(name), "body name '" + name + "'", body.Span, operation);
        }
    }

    public static void CheckTypes(ValidationContext context)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in context.Description.Types)
        {
            var csharp = Identifiers.ToPascalCase(type.Name);
            if (seen.TryGetValue(csharp, out var first))
            {
                context.Error(
                    DiagnosticIds.NameCollision,
                    type.Span,
                    "Types '" + first + "' and '" + type.Name + "' both become the C# type '" + csharp + "'; rename one of them.");
            }
            else
            {
                seen.Add(csharp, type.Name);
            }
        }
    }

    public static void CheckProperties(ValidationContext context, Schema schema)
    {
        // Most schemas have no properties or one: nothing can collide, and a dictionary per schema is most of the cost.
        if (schema.Properties.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in schema.Properties)
        {
            var csharp = Identifiers.ToPascalCase(property.Name);
            if (seen.TryGetValue(csharp, out var first))
            {
                context.Error(
                    DiagnosticIds.NameCollision,
                    property.NameSpan,
                    "Properties '" + first + "' and '" + property.Name + "' both become the C# property '" + csharp + "'; rename one of them.");
            }
            else
            {
                seen.Add(csharp, property.Name);
            }
        }
    }

    private static void Claim(ValidationContext context, Dictionary<string, string> seen, string csharp, string what, SourceSpan span, Operation operation)
    {
        if (seen.TryGetValue(csharp, out var first))
        {
            context.Error(
                DiagnosticIds.NameCollision,
                span,
                "The " + first + " and the " + what + " of operation '" + operation.Id + "' both become the C# parameter '" + csharp + "'; rename one of them.");
        }
        else
        {
            seen.Add(csharp, what);
        }
    }
}
