using HookSnippets.Description;
using HookSnippets.Description.Bodies;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi;

/// <summary>
/// The local files a body's samples upload: a file body's example, and the value of each file part of a multipart
/// body, is the name of a file the reader replaces with their own (verify writes it beside the sample). The name is
/// the field's, with the extension of its content type (<c>avatar</c> as <c>image/png</c> → <c>avatar.png</c>), so a
/// reader sees at once what to put there. A value the file gives that is already a file name with an extension
/// (<c>passport.jpg</c>) is kept; a built placeholder has none.
/// </summary>
internal sealed class UploadFiles
{
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/png"] = "png", ["image/jpeg"] = "jpg", ["image/gif"] = "gif", ["image/webp"] = "webp", ["image/svg+xml"] = "svg",
        ["application/pdf"] = "pdf", ["application/zip"] = "zip", ["application/json"] = "json", ["text/csv"] = "csv",
        ["text/plain"] = "txt", ["audio/mpeg"] = "mp3", ["audio/wav"] = "wav", ["video/mp4"] = "mp4",
    };

    private readonly BodyKind _kind;
    private readonly Dictionary<string, string> _fields;
    private readonly string? _bodyFile;

    private UploadFiles(BodyKind kind, Dictionary<string, string> fields, string? bodyFile)
    {
        _kind = kind;
        _fields = fields;
        _bodyFile = bodyFile;
    }

    public static UploadFiles Of(RequestBody body) => new(
        body.Kind,
        body.Kind == BodyKind.Multipart ? body.Encoding.Where(e => e.File).ToDictionary(e => e.Field, e => Name(e.Field, e.ContentType), StringComparer.Ordinal) : [],
        body.Kind == BodyKind.File ? Name("file", body.ContentType) : null);

    /// <summary>The example with a file name wherever a file goes; other values as they are.</summary>
    public JsonNode Fill(JsonNode example)
    {
        if (_bodyFile is not null)
        {
            return example is JsonString { Value: var given } && IsFileName(given) ? example : JsonValues.String(_bodyFile);
        }

        if (_kind != BodyKind.Multipart || example is not JsonObject fields || _fields.Count == 0)
        {
            return example;
        }

        return new JsonObject(fields.Members.Select(m => _fields.TryGetValue(m.Name, out var file) ? m with { Value = Files(m.Value, file) } : m).ToEquatableArray(), fields.Span);
    }

    /// <summary>
    /// The body's placeholders that its examples still hold (a built value a file name replaced is gone), then a row
    /// for each file name.
    /// </summary>
    public RequestBody WithPlaceholders(RequestBody body)
    {
        var examples = body.Examples.Select(e => e.Value).Append(body.Example).OfType<JsonNode>().ToList();
        var kept = body.Placeholders.Where(p => examples.Any(e => Holds(e, p.Value))).ToList();
        foreach (var (field, file) in _fields)
        {
            if (examples.Any(e => Holds(e, file)) && !kept.Any(p => p.Value == file))
            {
                kept.Add(new Placeholder(file, $"A local file, uploaded as the part '{field}'."));
            }
        }

        if (_bodyFile is not null && examples.Any(e => Holds(e, _bodyFile)) && !kept.Any(p => p.Value == _bodyFile))
        {
            kept.Add(new Placeholder(_bodyFile, "A local file: its bytes are the body."));
        }

        return body with { Placeholders = kept.ToEquatableArray() };
    }

    private static JsonNode Files(JsonNode value, string file) => value switch
    {
        JsonString { Value: var given } when IsFileName(given) => value,
        JsonArray items => new JsonArray(items.Items.Select(i => Files(i, file)).ToEquatableArray(), items.Span),
        _ => JsonValues.String(file),
    };

    private static bool IsFileName(string value) => BodyFields.IsLocalFileName(value) && value.Contains('.', StringComparison.Ordinal);

    private static string Name(string field, string? contentType)
    {
        var stem = Words.LowerSnake(field);
        return (stem.Length == 0 ? "file" : stem) + "." + (contentType is not null && Extensions.TryGetValue(contentType, out var extension) ? extension : "bin");
    }

    /// <summary>Whether a placeholder is part of a member name or string of the example, as the description checks it.</summary>
    private static bool Holds(JsonNode node, string value) => node switch
    {
        JsonString s => s.Value.Contains(value, StringComparison.Ordinal),
        JsonArray a => a.Items.Any(i => Holds(i, value)),
        JsonObject o => o.Members.Any(m => m.Name.Contains(value, StringComparison.Ordinal) || Holds(m.Value, value)),
        _ => false,
    };
}
