using System.Text.Encodings.Web;
using System.Text.Json;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Snippets.Output;

/// <summary>
/// <c>OUT/manifest.json</c> (schema: <c>manifest.schema.json</c> at the repository root): per operation its id,
/// method, path template, the OpenAPI operation it came from, docs page, expected request (method, URL, ordered
/// headers, body) and samples (target, label, x-codeSamples lang, language, fence, file, SHA-256 of the file's
/// bytes, example) of its first example set, and under <c>examples</c> those of each later set. A docs site can place
/// every sample from it without knowing the targets.
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
            foreach (var operation in operations)
            {
                var first = operation.Sets[0];
                json.WriteStartObject();
                json.WriteString("id", first.Model.Operation.Id);
                json.WriteString("method", first.Model.Operation.Method);
                json.WriteString("path", first.Model.Operation.PathTemplate);
                WriteSource(json, first.Model.Operation.Source);
                json.WriteString("docs", operation.DocsFile);
                WriteSet(json, first, later: false);
                if (operation.Sets.Count > 1)
                {
                    json.WriteStartArray("examples");
                    foreach (var set in operation.Sets.Skip(1))
                    {
                        json.WriteStartObject();
                        WriteSet(json, set, later: true);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return RenderedFiles.Utf8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>
    /// A later set's example name and summary (the first set's name is on each of its samples), then the set's expected
    /// request and its samples.
    /// </summary>
    private static void WriteSet(Utf8JsonWriter json, RenderedSet set, bool later)
    {
        var example = set.Model.Example;
        if (later)
        {
            json.WriteString("example", example.Name);
            WriteNullable(json, "summary", example.Summary);
        }

        WriteExpectedRequest(json, set.Model.Expected);
        json.WriteStartArray("samples");
        foreach (var sample in set.Samples)
        {
            json.WriteStartObject();
            json.WriteString("target", sample.Target.Id);
            json.WriteString("label", sample.Target.DisplayName);
            WriteNullable(json, "lang", sample.Target.CodeSamplesLang);
            json.WriteString("language", sample.Target.Language);
            json.WriteString("fence", sample.Target.Fence);
            json.WriteString("file", sample.File);
            json.WriteString("sha256", sample.Sha256);
            WriteNullable(json, "example", example.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
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

    /// <summary><c>body</c> holds a JSON body as JSON (null otherwise); <c>form</c>, <c>multipart</c>, <c>text</c> or <c>file</c> the other kinds.</summary>
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
        if (expected.Body is JsonBody body)
        {
            // Re-read so that the manifest indents it like the rest; the value is the same.
            using var document = JsonDocument.Parse(body.Compact);
            document.RootElement.WriteTo(json);
        }
        else
        {
            json.WriteNullValue();
        }

        switch (expected.Body)
        {
            case FormBody form:
                json.WriteStartArray("form");
                foreach (var field in form.Fields)
                {
                    json.WriteStartObject();
                    json.WriteString("name", field.Name);
                    json.WriteString("value", field.Value);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            case MultipartBody multipart:
                json.WriteStartArray("multipart");
                foreach (var part in multipart.Parts)
                {
                    json.WriteStartObject();
                    json.WriteString("name", part.Name);
                    WriteOptional(json, "filename", part.FileName);
                    WriteOptional(json, "contentType", part.ContentType);
                    WriteOptional(json, "text", part.Text);
                    WriteOptional(json, "file", part.File);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            case TextBody text:
                json.WriteString("text", text.Text);
                break;
            case FileBody file:
                json.WriteString("file", file.File);
                break;
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
