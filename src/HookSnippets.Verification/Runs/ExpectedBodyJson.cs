using System.Text;
using System.Text.Json;
using HookSnippets.Description;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Verification.Runs;

/// <summary>
/// An expected body in a results file, one member named after its kind: <c>{"json": compact}</c>,
/// <c>{"form": [[name, value], ...]}</c>, <c>{"multipart": {"boundary", "parts": [...]}}</c>, <c>{"text": text}</c>,
/// <c>{"file": name}</c>; <c>null</c> without a body. The same text is what a sample's fingerprint hashes.
/// </summary>
internal static class ExpectedBodyJson
{
    public static void Write(Utf8JsonWriter json, string name, ExpectedBody? body)
    {
        json.WritePropertyName(name);
        Write(json, body);
    }

    /// <summary>The body as compact JSON text, or <c>(no body)</c>.</summary>
    public static string Canonical(ExpectedBody? body)
    {
        if (body is null)
        {
            return "(no body)";
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            Write(json, body);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <exception cref="FormatException">The element is no expected body.</exception>
    public static ExpectedBody? Read(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object || element.EnumerateObject().ToArray() is not [var member])
        {
            throw new FormatException("an expected body is null or an object with one member");
        }

        var value = member.Value;
        return member.Name switch
        {
            "json" => new JsonBody(Text(value)),
            "form" => new FormBody(value.EnumerateArray().Select(f => new FormField(Text(f[0]), Text(f[1]))).ToEquatableArray()),
            "multipart" => new MultipartBody(
                Text(value.GetProperty("boundary")),
                value.GetProperty("parts").EnumerateArray().Select(p => new MultipartPart(
                    Text(p.GetProperty("name")),
                    Optional(p, "filename"),
                    Optional(p, "contentType"),
                    Optional(p, "text"),
                    Optional(p, "file"))).ToEquatableArray()),
            "text" => new TextBody(Text(value)),
            "file" => new FileBody(Text(value)),
            _ => throw new FormatException($"unknown body kind '{member.Name}'"),
        };
    }

    private static void Write(Utf8JsonWriter json, ExpectedBody? body)
    {
        if (body is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        switch (body)
        {
            case JsonBody b:
                json.WriteString("json", b.Compact);
                break;
            case FormBody form:
                json.WriteStartArray("form");
                foreach (var field in form.Fields)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(field.Name);
                    json.WriteStringValue(field.Value);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
                break;
            case MultipartBody multipart:
                json.WriteStartObject("multipart");
                json.WriteString("boundary", multipart.Boundary);
                json.WriteStartArray("parts");
                foreach (var part in multipart.Parts)
                {
                    json.WriteStartObject();
                    json.WriteString("name", part.Name);
                    json.WriteString("filename", part.FileName);
                    json.WriteString("contentType", part.ContentType);
                    json.WriteString("text", part.Text);
                    json.WriteString("file", part.File);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
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

    private static string Text(JsonElement element) => element.GetString() ?? throw new FormatException("a string is null");

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;
}
