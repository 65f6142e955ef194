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

/// <summary>One example set of an operation and the samples rendered for it.</summary>
public sealed record ManifestSet(OperationModel Model, IReadOnlyList<ManifestSample> Samples);

/// <summary>An operation's docs page and its example sets, the first one first.</summary>
public sealed record ManifestOperation(string DocsFile, IReadOnlyList<ManifestSet> Sets);

/// <summary>
/// <c>OUT/manifest.json</c>: per operation its id, method, path template, docs page, expected request (method, URL,
/// ordered headers, body) and samples (target, language, file, SHA-256 of the file's bytes) of its first example set,
/// and under <c>examples</c> those of each later set. verify computes the same requests; the manifest is for docs
/// tooling.
/// </summary>
public static class Manifest
{
    public static string Write(IReadOnlyList<ManifestOperation> operations)
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
                json.WriteString("docs", operation.DocsFile);
                WriteSet(json, first);
                if (operation.Sets.Count > 1)
                {
                    json.WriteStartArray("examples");
                    foreach (var set in operation.Sets.Skip(1))
                    {
                        json.WriteStartObject();
                        WriteSet(json, set);
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

    /// <summary>The example's name and summary when it is named, its expected request and its samples.</summary>
    private static void WriteSet(Utf8JsonWriter json, ManifestSet set)
    {
        if (set.Model.Example.Name is { } name)
        {
            json.WriteString("example", name);
            if (set.Model.Example.Summary is { } summary)
            {
                json.WriteString("summary", summary);
            }
        }

        WriteExpectedRequest(json, set.Model.Expected);
        json.WriteStartArray("samples");
        foreach (var sample in set.Samples)
        {
            json.WriteStartObject();
            json.WriteString("target", sample.Target.Id);
            json.WriteString("language", sample.Target.Language);
            json.WriteString("file", sample.File);
            json.WriteString("sha256", sample.Sha256);
            json.WriteEndObject();
        }

        json.WriteEndArray();
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
