namespace HookSnippets.Description.Json;

/// <summary>A scalar example as it reads in a URL, a header or a form field (docs/endpoint-format.md, "Value text").</summary>
public static class ValueText
{
    /// <summary>A string as itself, a number as written in the file, a boolean as <c>true</c>/<c>false</c>; null for anything else.</summary>
    public static string? Of(JsonNode node) => node switch
    {
        JsonString text => text.Value,
        JsonNumber number => number.Text,
        JsonBoolean boolean => boolean.Value ? "true" : "false",
        _ => null,
    };
}
