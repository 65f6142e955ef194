using System.Text.Json.Nodes;

namespace HookSnippets.Tests.Shared;

/// <summary>The x-codeSamples of an OpenAPI document read as System.Text.Json nodes.</summary>
internal static class OpenApiSamples
{
    /// <summary>
    /// The tree with every samples entry whose (lang, label) is ours taken out, and a samples list left empty by that
    /// removed, so that a written document can be compared with the file it came from.
    /// </summary>
    public static JsonNode WithoutOurs(JsonNode document, IReadOnlyCollection<(string Lang, string Label)> ours)
    {
        var copy = document.DeepClone();
        foreach (var (_, item) in copy["paths"]?.AsObject() ?? [])
        {
            foreach (var (_, operation) in item?.AsObject() ?? [])
            {
                if (operation is not JsonObject obj)
                {
                    continue;
                }

                foreach (var key in new[] { "x-codeSamples", "x-code-samples" })
                {
                    if (obj[key] is JsonArray entries)
                    {
                        var kept = entries.Where(e => !IsOurs(e, ours)).Select(e => e!.DeepClone()).ToArray();
                        if (kept.Length == 0)
                        {
                            obj.Remove(key);
                        }
                        else
                        {
                            obj[key] = new JsonArray(kept);
                        }
                    }
                }
            }
        }

        return copy;
    }

    /// <summary>Each operation's samples list (under either spelling), by "METHOD path".</summary>
    public static Dictionary<string, JsonArray> Samples(JsonNode document)
    {
        var result = new Dictionary<string, JsonArray>(StringComparer.Ordinal);
        foreach (var (path, item) in document["paths"]?.AsObject() ?? [])
        {
            foreach (var (method, operation) in item?.AsObject() ?? [])
            {
                if (operation is JsonObject obj && (obj["x-codeSamples"] ?? obj["x-code-samples"]) is JsonArray list)
                {
                    result[method.ToUpperInvariant() + " " + path] = list;
                }
            }
        }

        return result;
    }

    private static bool IsOurs(JsonNode? entry, IReadOnlyCollection<(string Lang, string Label)> ours) =>
        entry is JsonObject obj && obj["lang"] is JsonValue lang && obj["label"] is JsonValue label
        && lang.TryGetValue<string>(out var l) && label.TryGetValue<string>(out var b) && ours.Contains((l, b));
}
