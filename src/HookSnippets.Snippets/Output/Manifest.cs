using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Output;

/// <summary>One sample file as the manifest lists it; <see cref="File"/> is relative to the snippets folder.</summary>
public sealed record ManifestSample(SnippetTarget Target, string File, string Text)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(RenderedFiles.Utf8.GetBytes(Text)));
}

/// <summary>
/// <c>OUT/manifest.json</c>: per operation its id, method, path template, docs page, expected request
/// (method, URL, ordered headers, body as JSON) and samples (target, language, file, SHA-256 of the file's bytes).
/// verify reads it to know what each sample must send.
/// </summary>
public static class Manifest
{
    public static string Write(IReadOnlyList<(OperationModel Model, string DocsFile, IReadOnlyList<ManifestSample> Samples)> operations)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("operations");
            foreach (var (model, docsFile, samples) in operations)
            {
                json.WriteStartObject();
                json.WriteString("id", model.Operation.Id);
                json.WriteString("method", model.Operation.Method);
                json.WriteString("path", model.Operation.PathTemplate);
                json.WriteString("docs", docsFile);
                WriteExpectedRequest(json, model.Expected);
                json.WriteStartArray("samples");
                foreach (var sample in samples)
                {
                    json.WriteStartObject();
                    json.WriteString("target", sample.Target.Id);
                    json.WriteString("language", sample.Target.Language);
                    json.WriteString("file", sample.File);
                    json.WriteString("sha256", sample.Sha256);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return RenderedFiles.Utf8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteExpectedRequest(Utf8JsonWriter json, ExpectedRequest expected)
    {
        json.WriteStartObject("expectedRequest");
        json.WriteString("method", expected.Method);
        json.WriteString("url", expected.Url);
        json.WriteStartArray("headers");
        foreach (var header in expected.Headers)
        {
            json.WriteStartObject();
            json.WriteString("name", header.Name);
            json.WriteString("value", header.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("body");
        if (expected.Body is null)
        {
            json.WriteNullValue();
        }
        else
        {
            // Re-read so that the manifest indents it like the rest; the value is the same.
            using var body = JsonDocument.Parse(expected.Body);
            body.RootElement.WriteTo(json);
        }

        json.WriteEndObject();
    }
}
