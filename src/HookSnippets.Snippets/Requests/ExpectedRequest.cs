using HookSnippets.Description;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// What every sample of an operation's example set must send (docs/endpoint-format.md, "The expected request"):
/// method, complete URL, headers in order, and the body, if any, as its kind describes it.
/// </summary>
public sealed record ExpectedRequest(string Method, string Url, EquatableArray<HttpHeader> Headers, ExpectedBody? Body)
{
    /// <summary>The local files the request reads (a file body, file parts), each once: verify writes them beside the sample.</summary>
    public IReadOnlyList<string> Files => Body?.Files ?? [];
}

/// <summary>An expected body. Each kind is compared its own way (docs/verify.md).</summary>
public abstract record ExpectedBody
{
    /// <summary>The local files whose bytes the body holds.</summary>
    public virtual IReadOnlyList<string> Files => [];
}

/// <summary>JSON: the canonical compact text; a sample may write the same value differently.</summary>
public sealed record JsonBody(string Compact) : ExpectedBody;

/// <summary>A form: the fields in order, names and values as text (before percent-encoding).</summary>
public sealed record FormBody(EquatableArray<FormField> Fields) : ExpectedBody
{
    /// <summary>The canonical bytes: each name and value percent-encoded, <c>=</c> between, <c>&amp;</c> between fields.</summary>
    public string Encoded => string.Join("&", Fields.Select(f => UrlEncoding.Encode(f.Name) + "=" + UrlEncoding.Encode(f.Value)));
}

public sealed record FormField(string Name, string Value);

/// <summary>Multipart: the parts in order; <see cref="Boundary"/> is the canonical one, which verify does not require.</summary>
public sealed record MultipartBody(string Boundary, EquatableArray<MultipartPart> Parts) : ExpectedBody
{
    public override IReadOnlyList<string> Files => Parts.Where(p => p.File is not null).Select(p => p.File!).Distinct(StringComparer.Ordinal).ToArray();
}

/// <summary>
/// A part: its name, its filename (file parts), its Content-Type (null when it sends none), and its content: the text
/// (text and JSON parts) or the local file whose bytes it holds (<see cref="File"/>).
/// </summary>
public sealed record MultipartPart(string Name, string? FileName, string? ContentType, string? Text, string? File);

/// <summary>A text body: the string, sent as UTF-8.</summary>
public sealed record TextBody(string Text) : ExpectedBody;

/// <summary>A file upload: the bytes of the local file <see cref="File"/>.</summary>
public sealed record FileBody(string File) : ExpectedBody
{
    public override IReadOnlyList<string> Files => [File];
}
