using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;

namespace HookSnippets.Description.Reading;

/// <summary>
/// A JSON escape can spell half of a UTF-16 surrogate pair (<c>"\ud800"</c>), a string with no UTF-8 form. Every
/// output of a description is UTF-8 (samples, docs pages, the manifest, requests, the generated client), so no stage
/// could carry such a string as it is: encoders refuse it, files cannot be written, the client would send U+FFFD.
/// </summary>
internal static class LoneSurrogates
{
    /// <summary>Reports HS1007 at every string and member name under <paramref name="node"/> that holds a lone surrogate.</summary>
    public static void Check(BindingContext context, JsonNode node)
    {
        switch (node)
        {
            case JsonString text when Holds(text.Value):
                Report(context, text.Span);
                break;
            case JsonArray array:
                foreach (var item in array.Items)
                {
                    Check(context, item);
                }

                break;
            case JsonObject obj:
                foreach (var member in obj.Members)
                {
                    if (Holds(member.Name))
                    {
                        Report(context, member.NameSpan);
                    }

                    Check(context, member.Value);
                }

                break;
        }
    }

    private static void Report(BindingContext context, Text.SourceSpan span) => context.Error(
        DiagnosticIds.InvalidValue,
        span,
        "This string holds a lone UTF-16 surrogate (an unpaired \\uD800-\\uDFFF escape), which has no UTF-8 form, so no sample, page or request can hold it; write the whole character (both halves of the pair) or remove the escape.");

    private static bool Holds(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }
}
