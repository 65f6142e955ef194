using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Requests;

/// <summary>A scalar parameter example as it reads before percent-encoding (docs/endpoint-format.md, "Value text").</summary>
internal static class ExampleText
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
