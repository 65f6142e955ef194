using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Reading;

/// <summary>
/// Typed access to the members of JSON objects while binding, reporting missing, mistyped and unknown
/// members at their exact spans.
/// </summary>
internal sealed class BindingContext
{
    private readonly string _filePath;

    public BindingContext(string filePath) => _filePath = filePath;

    public List<DiagnosticInfo> Diagnostics { get; } = new();

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public void Report(string id, Severity severity, SourceSpan span, string message) =>
        Diagnostics.Add(new DiagnosticInfo(id, severity, message, _filePath, span));

    public void Error(string id, SourceSpan span, string message) => Report(id, Severity.Error, span, message);

    /// <summary>Reports members not in <paramref name="known"/>; <c>x-</c> extensions are always allowed.</summary>
    public void CheckMembers(JsonObject obj, string context, params string[] known)
    {
        foreach (var member in obj.Members)
        {
            if (System.Array.IndexOf(known, member.Name) >= 0 || member.Name.StartsWith("x-", System.StringComparison.Ordinal))
            {
                continue;
            }

            var suggestion = SpellingSuggestion.Closest(member.Name, known);
            var hint = suggestion is null
                ? " Known members: " + string.Join(", ", known) + "; extensions start with 'x-'."
                : " Did you mean '" + suggestion + "'?";
            Report(DiagnosticIds.UnknownMember, Severity.Warning, member.NameSpan, $"Unknown member '{member.Name}' in {context}.{hint}");
        }
    }

    public JsonObject? AsObject(JsonNode node, string what)
    {
        if (node is JsonObject obj)
        {
            return obj;
        }

        WrongType(node, what, "an object");
        return null;
    }

    public T? Required<T>(JsonObject obj, string name, string context, string expected)
        where T : JsonNode
    {
        var value = obj[name];
        if (value is null)
        {
            Error(DiagnosticIds.MissingMember, StartOf(obj.Span), $"{Capitalize(context)} is missing the required member '{name}'.");
            return null;
        }

        return Member<T>(value, name, context, expected);
    }

    public T? Optional<T>(JsonObject obj, string name, string context, string expected)
        where T : JsonNode
    {
        var value = obj[name];
        return value is null ? null : Member<T>(value, name, context, expected);
    }

    /// <summary>A member that holds any JSON value (an example, a default, a const), or null when it is absent.</summary>
    public JsonNode? Value(JsonObject obj, string name, string context)
    {
        var value = obj[name];
        LibraryNullMarker.Check(this, value, $"'{name}' of {context}");
        return value;
    }

    public string? RequiredString(JsonObject obj, string name, string context) =>
        Required<JsonString>(obj, name, context, "a string")?.Value;

    public string? OptionalString(JsonObject obj, string name, string context) =>
        Optional<JsonString>(obj, name, context, "a string")?.Value;

    public bool? OptionalBoolean(JsonObject obj, string name, string context) =>
        Optional<JsonBoolean>(obj, name, context, "true or false")?.Value;

    public int? OptionalCount(JsonObject obj, string name, string context)
    {
        var number = Optional<JsonNumber>(obj, name, context, "a whole number");
        if (number is null)
        {
            return null;
        }

        if (!int.TryParse(number.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            Error(DiagnosticIds.InvalidValue, number.Span, $"'{name}' of {context} must be a whole number from 0 to {int.MaxValue}, not {number.Text}.");
            return null;
        }

        return count;
    }

    public double? OptionalNumber(JsonObject obj, string name, string context)
    {
        var number = Optional<JsonNumber>(obj, name, context, "a number");
        if (number is null)
        {
            return null;
        }

        return double.Parse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public EquatableArray<string> OptionalStrings(JsonObject obj, string name, string context)
    {
        var array = Optional<JsonArray>(obj, name, context, "an array of strings");
        if (array is null)
        {
            return EquatableArray<string>.Empty;
        }

        var items = new List<string>();
        foreach (var item in array.Items)
        {
            if (item is JsonString text)
            {
                items.Add(text.Value);
            }
            else
            {
                WrongType(item, $"an item of '{name}' of {context}", "a string");
            }
        }

        return items.ToEquatableArray();
    }

    /// <summary>A one-character span at the start of <paramref name="span"/>: where a missing member is reported.</summary>
    public static SourceSpan StartOf(SourceSpan span) =>
        new(span.Start, span.Length == 0 ? 0 : 1, span.StartLine, span.StartColumn, span.StartLine, span.StartColumn + (span.Length == 0 ? 0 : 1));

    /// <summary>The subject of a wrong-type message is only formatted when there is one: most members are well typed.</summary>
    private T? Member<T>(JsonNode value, string name, string context, string expected)
        where T : JsonNode
    {
        if (value is T typed)
        {
            return typed;
        }

        WrongType(value, $"'{name}' of {context}", expected);
        return null;
    }

    public void WrongType(JsonNode value, string what, string expected) =>
        Error(DiagnosticIds.WrongType, value.Span, $"{Capitalize(what)} must be {expected}, not {Describe(value)}.");

    public static string Describe(JsonNode value) => value switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        JsonString => "a string",
        JsonNumber => "a number",
        JsonBoolean => "a boolean",
        _ => "null",
    };

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
