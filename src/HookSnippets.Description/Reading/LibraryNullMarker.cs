using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;

namespace HookSnippets.Description.Reading;

/// <summary>
/// Microsoft.OpenApi keeps a JSON null of an example or default as this string; a tool that writes its model back
/// without turning it into null again leaves it in a description, and samples would send it as text.
/// </summary>
internal static class LibraryNullMarker
{
    public const string Text = "openapi-json-null-sentinel-value-2BF93600-0FE4-4250-987A-E5DDB203E464";

    /// <summary>Reports HS1007 at every string of <paramref name="value"/> (at any depth) that holds the marker.</summary>
    public static void Check(BindingContext context, JsonNode? value, string what)
    {
        switch (value)
        {
            case JsonString text when text.Value.IndexOf(Text, System.StringComparison.Ordinal) >= 0:
                context.Error(
                    DiagnosticIds.InvalidValue,
                    text.Span,
                    $"'{Text}' in {what} is Microsoft.OpenApi's internal marker for JSON null, not a value; write null (or leave the value out).");
                break;
            case JsonArray array:
                foreach (var item in array.Items)
                {
                    Check(context, item, what);
                }

                break;
            case JsonObject obj:
                foreach (var member in obj.Members)
                {
                    Check(context, member.Value, what);
                }

                break;
        }
    }
}
