using System.Collections.Generic;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Validation;

/// <summary>What the validation rules share: the description, the diagnostics found so far, one schema validator.</summary>
internal sealed class ValidationContext
{
    private readonly string _filePath;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    public ValidationContext(ApiDescription description, string filePath)
    {
        Description = description;
        _filePath = filePath;
        Patterns = new PatternCache();
        Types = new TypeIndex(description);
        Schemas = new SchemaValidator(Patterns, Types);
    }

    public ApiDescription Description { get; }

    public PatternCache Patterns { get; }

    public TypeIndex Types { get; }

    public SchemaValidator Schemas { get; }

    public void Error(string id, SourceSpan span, string message) => _diagnostics.Add(new DiagnosticInfo(id, Severity.Error, message, _filePath, span));

    public void Warning(string id, SourceSpan span, string message) => _diagnostics.Add(new DiagnosticInfo(id, Severity.Warning, message, _filePath, span));

    /// <summary>Reports HS1012 (or HS1023) when <paramref name="value"/> does not match <paramref name="schema"/>; false then.</summary>
    public bool CheckExample(JsonNode? value, Schema schema, string subject)
    {
        if (value is null || Schemas.Validate(value, schema) is not { } violation)
        {
            return true;
        }

        if (violation.Id == DiagnosticIds.PatternTimeout)
        {
            Error(violation.Id, violation.Span, subject + " at " + violation.Path + ": " + violation.Reason + "; simplify the pattern (nested quantifiers such as (a+)+ backtrack exponentially).");
        }
        else
        {
            Error(violation.Id, violation.Span, subject + " does not match the schema at " + violation.Path + ": " + violation.Reason + ".");
        }

        return false;
    }

    /// <summary>The named examples when there are some (the default is the first of them), else the one example.</summary>
    public bool CheckExamples(JsonNode? single, EquatableArray<NamedExample> named, Schema schema, string subject)
    {
        if (named.Count == 0)
        {
            return CheckExample(single, schema, subject);
        }

        var all = true;
        foreach (var example in named)
        {
            all &= CheckExample(example.Value, schema, subject + " '" + example.Name + "'");
        }

        return all;
    }

    /// <summary>By position in the file, then in the order the rules found them, so output is stable.</summary>
    public IReadOnlyList<DiagnosticInfo> Sorted()
    {
        var indexed = new List<KeyValuePair<int, DiagnosticInfo>>(_diagnostics.Count);
        for (var i = 0; i < _diagnostics.Count; i++)
        {
            indexed.Add(new KeyValuePair<int, DiagnosticInfo>(i, _diagnostics[i]));
        }

        indexed.Sort((a, b) =>
        {
            var byStart = a.Value.Span.Start.CompareTo(b.Value.Span.Start);
            return byStart != 0 ? byStart : a.Key.CompareTo(b.Key);
        });
        var sorted = new List<DiagnosticInfo>(indexed.Count);
        foreach (var pair in indexed)
        {
            sorted.Add(pair.Value);
        }

        return sorted;
    }
}
