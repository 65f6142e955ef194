using System.Collections.Generic;
using System.Linq;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Reading;
using HookSnippets.Description.Validation;

namespace HookSnippets.Description;

/// <summary>What reading a description gave: the model when it has no errors, and every diagnostic in file order.</summary>
public sealed record DescriptionResult(ApiDescription? Description, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>Reads an endpoints.json: JSON with positions, then the model, then the checks of docs/diagnostics.md.</summary>
public static class DescriptionReader
{
    public static DescriptionResult Read(string text, string filePath)
    {
        var parsed = JsonParser.Parse(text, filePath);
        if (parsed.Root is null)
        {
            return new DescriptionResult(null, parsed.Diagnostics);
        }

        var context = new BindingContext(filePath);
        context.Diagnostics.AddRange(parsed.Diagnostics);
        var description = new DescriptionBinder(context).Bind(parsed.Root);
        if (description is not null && !context.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            // The semantic rules assume a complete model; after binding errors they would only add noise.
            context.Diagnostics.AddRange(DescriptionValidator.Validate(description, filePath));
        }

        var diagnostics = Sorted(context.Diagnostics);
        return new DescriptionResult(diagnostics.Any(d => d.Severity == Severity.Error) ? null : description, diagnostics);
    }

    private static EquatableArray<DiagnosticInfo> Sorted(List<DiagnosticInfo> diagnostics) =>
        diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, System.StringComparer.Ordinal).ToEquatableArray();
}
