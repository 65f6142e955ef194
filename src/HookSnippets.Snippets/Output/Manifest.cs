using System.Text.Encodings.Web;
using System.Text.Json;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Snippets.Output;

/// <summary>
/// <c>OUT/manifest.json</c> (schema: <c>manifest.schema.json</c> at the repository root): per operation its id,
/// method, path template, the OpenAPI operation it came from, docs page, expected request (method, URL, ordered
/// headers, body as JSON) and samples (target, label, x-codeSamples lang, language, fence, file, SHA-256 of the
/// file's bytes, example). A docs site can place every sample from it without knowing the targets.
/// </summary>
public static class Manifest
{
    public static string Write(IReadOnlyList<RenderedOperation> operations)
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
                WriteSource(json, model.Operation.Source);
                json.WriteString("docs", docsFile);
                WriteExpectedRequest(json, model.Expected);
                json.WriteStartArray("samples");
                foreach (var sample in samples)
                {
                    json.WriteStartObject();
                    json.WriteString("target", sample.Target.Id);
                    json.WriteString("label", sample.Target.DisplayName);
                    WriteNullable(json, "lang", sample.Target.CodeSamplesLang);
                    json.WriteString("language", sample.Target.Language);
                    json.WriteString("fence", sample.Target.Fence);
                    json.WriteString("file", sample.File);
                    json.WriteString("sha256", sample.Sha256);

                    // Every operation has one example, without a name, until descriptions can name several.
                    json.WriteNull("example");
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

    private static void WriteSource(Utf8JsonWriter json, OperationSource? source)
    {
        if (source is null)
        {
            json.WriteNull("source");
            return;
        }

        json.WriteStartObject("source");
        WriteNullable(json, "operationId", source.OperationId);
        json.WriteString("method", source.Method);
        json.WriteString("path", source.Path);
        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
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
