using System.Collections.Generic;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Validation;

/// <summary>
/// The semantic checks that follow binding (codes HS1009 to HS1034, docs/diagnostics.md): everything a
/// well-typed description can still get wrong before a client or a sample is generated from it.
/// </summary>
public static class DescriptionValidator
{
    /// <summary>Diagnostics ordered by position in the file, then by rule, so output is stable.</summary>
    public static IReadOnlyList<DiagnosticInfo> Validate(ApiDescription description, string filePath)
    {
        var context = new ValidationContext(description, filePath);
        BaseUrlRules.Check(context);
        AuthRules.Check(context);
        NameRules.CheckOperations(context);
        NameRules.CheckTypes(context);
        foreach (var type in description.Types)
        {
            SchemaRules.Check(context, type.Schema);
        }

        foreach (var operation in description.Operations)
        {
            OperationRules.Check(context, operation);
            PaginationRules.Check(context, operation);
            NameRules.CheckParameters(context, operation);
            foreach (var parameter in operation.Parameters)
            {
                SchemaRules.Check(context, parameter.Schema);
            }

            if (operation.Body is { } body)
            {
                SchemaRules.Check(context, body.Schema);
            }

            foreach (var response in operation.Responses)
            {
                if (response.Schema is { } schema)
                {
                    SchemaRules.Check(context, schema);
                }
            }
        }

        return context.Sorted();
    }
}
