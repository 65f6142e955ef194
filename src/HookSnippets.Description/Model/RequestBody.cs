using HookSnippets.Description.Json;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Model;

/// <summary>What a body's media type makes of its example (docs/endpoint-format.md, "body").</summary>
public enum BodyKind
{
    /// <summary><c>application/json</c> or <c>application/*+json</c>: the example as JSON.</summary>
    Json,

    /// <summary><c>application/x-www-form-urlencoded</c>: the example object's members as fields, in order.</summary>
    Form,

    /// <summary><c>multipart/form-data</c>: the example object's members as parts (text, file or JSON).</summary>
    Multipart,

    /// <summary><c>text/*</c>, <c>application/xml</c> or <c>application/*+xml</c>: the example string as UTF-8.</summary>
    Text,

    /// <summary>Any other media type: the bytes of the local file the example string names.</summary>
    File,
}

/// <summary>
/// A request body. <see cref="Name"/> names the body parameter of generated clients (<c>secrets</c> in
/// <c>CreateAsync(id, secrets)</c>); null means <c>body</c>. <see cref="Example"/> is the first of
/// <see cref="Examples"/> when only named examples are given. <see cref="Encoding"/> says how fields of a form or
/// multipart body are written.
/// </summary>
public sealed record RequestBody(
    string? Name,
    string ContentType,
    bool Required,
    Schema Schema,
    JsonNode? Example,
    EquatableArray<NamedExample> Examples,
    EquatableArray<FieldEncoding> Encoding,
    EquatableArray<Placeholder> Placeholders,
    string? Description,
    SourceSpan Span)
{
    public BodyKind Kind => MediaTypes.KindOf(ContentType);

    public FieldEncoding? EncodingOf(string field)
    {
        foreach (var encoding in Encoding)
        {
            if (encoding.Field == field)
            {
                return encoding;
            }
        }

        return null;
    }
}

/// <summary>
/// How one field of a form or multipart body is written. Form: <see cref="Style"/> for arrays and objects. Multipart:
/// <see cref="File"/> makes the part a file whose example value names the local file a sample reads (sent as
/// <see cref="FileName"/>, else that name), and <see cref="ContentType"/> is the part's Content-Type.
/// </summary>
public sealed record FieldEncoding(string Field, ParameterStyle Style, string? ContentType, bool File, string? FileName, SourceSpan Span);
