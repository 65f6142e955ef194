// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// A file to upload: its bytes as a stream, the filename the API sees and its Content-Type (null: the one the
/// description declares for the field, else <c>application/octet-stream</c>). The stream is read once, before the
/// first attempt (so retries resend the same bytes), and left open: the caller owns it.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
public sealed class FileContent
{
    /// <exception cref="global::System.ArgumentNullException"><paramref name="content"/> or <paramref name="fileName"/> is null.</exception>
    public FileContent(global::System.IO.Stream content, string fileName, string? contentType = null)
    {
        Content = content ?? throw new global::System.ArgumentNullException(nameof(content));
        FileName = fileName ?? throw new global::System.ArgumentNullException(nameof(fileName));
        ContentType = contentType;
    }

    /// <summary>The bytes to send, read from the current position to the end.</summary>
    public global::System.IO.Stream Content { get; }

    /// <summary>The part's filename.</summary>
    public string FileName { get; }

    /// <summary>The part's Content-Type, or null for the field's declared one.</summary>
    public string? ContentType { get; }

    /// <summary>The filename and Content-Type (never the bytes).</summary>
    /// <returns>A description of this file.</returns>
    public override string ToString() => "FileContent { FileName = " + FileName + ", ContentType = " + (ContentType ?? "null") + " }";
}
