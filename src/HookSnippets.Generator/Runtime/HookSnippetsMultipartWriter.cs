// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// Writes a <see cref="global::HookSnippets.Generator.Runtime.MultipartFormData"/> the canonical way
/// (docs/endpoint-format.md, "Multipart bodies"): each part is the boundary line, <c>Content-Disposition: form-data;
/// name="..."</c> (with <c>; filename="..."</c> for a file; <c>"</c>, CR and LF percent-encoded as the HTML standard
/// does), its Content-Type if it has one, a blank line, the content and CRLF; then the closing boundary line. The
/// boundary is <c>HookSnippetsBoundary</c>, numbered when a part's bytes hold it.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal static class HookSnippetsMultipartWriter
{
    private const string BaseBoundary = "HookSnippetsBoundary";

    /// <summary>
    /// The body and its Content-Type header value (with the boundary). <c>declaredTypes</c> holds the Content-Type the
    /// description gives each field, by name (null when it gives none).
    /// </summary>
    internal static async global::System.Threading.Tasks.Task<(byte[] Body, string ContentType)> WriteAsync(
        global::HookSnippets.Generator.Runtime.MultipartFormData form,
        global::System.Collections.Generic.IReadOnlyDictionary<string, string>? declaredTypes,
        string parameterName,
        global::System.Threading.CancellationToken cancellationToken)
    {
        var parts = new global::System.Collections.Generic.List<(string Name, byte[] Content, string? FileName, string? ContentType)>();
        foreach (var part in form.Parts)
        {
            string? declared = null;
            declaredTypes?.TryGetValue(part.Name, out declared);
            byte[] content;
            string? contentType;
            string? fileName = null;
            if (part.Text is not null)
            {
                content = global::HookSnippets.Generator.Runtime.HookSnippetsHttp.Utf8(part.Text, parameterName);
                contentType = declared;
            }
            else if (part.File is { } file)
            {
                content = await global::HookSnippets.Generator.Runtime.HookSnippetsHttp.ReadAllAsync(file.Content, cancellationToken).ConfigureAwait(false);
                fileName = file.FileName;
                contentType = file.ContentType ?? declared ?? "application/octet-stream";
            }
            else
            {
                var buffer = new global::System.Buffers.ArrayBufferWriter<byte>();
                using (var writer = global::HookSnippets.Generator.Runtime.HookSnippetsJsonBody.CreateWriter(buffer))
                {
                    global::HookSnippets.Generator.Runtime.HookSnippetsJsonBody.WriteElement(writer, part.Json);
                }

                content = buffer.WrittenSpan.ToArray();
                contentType = declared ?? "application/json";
            }

            if (contentType is not null)
            {
                global::HookSnippets.Generator.Runtime.HookSnippetsHttp.HeaderValue(contentType, parameterName);
            }

            parts.Add((part.Name, content, fileName, contentType));
        }

        var boundary = BaseBoundary;
        for (var n = 1; parts.Exists(p => Holds(p.Content, boundary)); n++)
        {
            boundary = BaseBoundary + n.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
        }

        using var body = new global::System.IO.MemoryStream();
        foreach (var part in parts)
        {
            var head = "--" + boundary + "\r\nContent-Disposition: form-data; name=" + Quote(part.Name)
                + (part.FileName is null ? string.Empty : "; filename=" + Quote(part.FileName)) + "\r\n"
                + (part.ContentType is null ? string.Empty : "Content-Type: " + part.ContentType + "\r\n")
                + "\r\n";
            Write(body, global::HookSnippets.Generator.Runtime.HookSnippetsHttp.Utf8(head, parameterName));
            Write(body, part.Content);
            Write(body, "\r\n"u8.ToArray());
        }

        Write(body, global::System.Text.Encoding.ASCII.GetBytes("--" + boundary + "--\r\n"));
        return (body.ToArray(), "multipart/form-data; boundary=" + boundary);
    }

    /// <summary>A name or filename inside quotes: <c>"</c>, CR and LF percent-encoded, as browsers write them.</summary>
    private static string Quote(string value) =>
        "\"" + value.Replace("\"", "%22").Replace("\r", "%0D").Replace("\n", "%0A") + "\"";

    private static bool Holds(byte[] content, string boundary) =>
        global::System.MemoryExtensions.IndexOf(new global::System.ReadOnlySpan<byte>(content), global::System.Text.Encoding.ASCII.GetBytes(boundary)) >= 0;

    private static void Write(global::System.IO.MemoryStream stream, byte[] bytes) => stream.Write(bytes, 0, bytes.Length);
}
