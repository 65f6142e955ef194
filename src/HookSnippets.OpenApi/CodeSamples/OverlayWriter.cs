using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HookSnippets.Description.Json;

namespace HookSnippets.OpenApi.CodeSamples;

/// <summary>
/// An OpenAPI Overlay 1.0 document (JSON, which is also YAML) that adds our samples to an untouched OpenAPI file.
/// <c>update</c> appends to an existing list, so per operation it first <c>remove</c>s the entries an earlier run
/// added (a JSONPath filter on lang and label), then <c>update</c>s the operation with ours: applied once or twice,
/// the result is the document <see cref="CodeSamplesWriter"/> writes.
/// </summary>
internal static class OverlayWriter
{
    public static string Write(JsonNode root, IReadOnlyList<(OpenApiOperation Operation, string Key, IReadOnlyList<CodeSample> Samples)> operations, IReadOnlyCollection<(string Lang, string Label)> ours)
    {
        var info = root is JsonObject document && document["info"] is JsonObject i ? i : null;
        var title = info?["title"] is JsonString t ? t.Value : "the API";
        var version = info?["version"] is JsonString v ? v.Value : "1.0.0";
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("overlay", "1.0.0");
            json.WriteStartObject("info");
            json.WriteString("title", $"Request samples for {title} (x-codeSamples by HookSnippets)");
            json.WriteString("version", version);
            json.WriteEndObject();
            json.WriteStartArray("actions");
            var ourFilter = string.Join(" || ", ours.Select(o => $"@.lang == {Quote(o.Lang)} && @.label == {Quote(o.Label)}"));
            foreach (var (operation, key, samples) in operations)
            {
                var target = $"$.paths[{Quote(operation.PathKey)}][{Quote(operation.MethodKey)}]";
                json.WriteStartObject();
                json.WriteString("target", $"{target}[{Quote(key)}][?({ourFilter})]");
                json.WriteString("description", $"Remove the samples an earlier run added to {operation.MethodKey.ToUpperInvariant()} {operation.PathKey}");
                json.WriteBoolean("remove", true);
                json.WriteEndObject();

                json.WriteStartObject();
                json.WriteString("target", target);
                json.WriteString("description", $"Add the samples of {operation.MethodKey.ToUpperInvariant()} {operation.PathKey}");
                json.WriteStartObject("update");
                json.WriteStartArray(key);
                foreach (var sample in samples)
                {
                    json.WriteStartObject();
                    json.WriteString("lang", sample.Lang);
                    json.WriteString("label", sample.Label);
                    json.WriteString("source", sample.Source);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>A JSONPath (RFC 9535) string literal in single quotes.</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder("'");
        foreach (var c in value)
        {
            _ = c switch
            {
                '\'' => builder.Append("\\'"),
                '\\' => builder.Append("\\\\"),
                < ' ' => builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }
}
