using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Requests;

/// <summary>A header exactly as sent: name in the case the description uses, value verbatim.</summary>
public sealed record HttpHeader(string Name, string Value);

/// <summary>One query pair, both parts already percent-encoded by <see cref="UrlEncoding"/>.</summary>
public sealed record QueryParameter(string Name, string Value);

/// <summary>
/// The request body as templates write it. <see cref="Format"/> is <c>json</c>, <c>form</c>, <c>multipart</c>,
/// <c>text</c> or <c>file</c>, and says which members are set: JSON's value (<see cref="Json"/>, for native literals),
/// its canonical compact text (the bytes the expected request holds) and an indented form; a form's
/// <see cref="Fields"/> and their canonical encoding; multipart's <see cref="Parts"/>; the text; the local file.
/// </summary>
public sealed class SampleBody
{
    public required string Format { get; init; }

    /// <summary>The declared media type, sent as Content-Type (multipart adds <c>; boundary=...</c>).</summary>
    public required string ContentType { get; init; }

    public JsonNode? Json { get; init; }

    public string? Compact { get; init; }

    public string? Pretty { get; init; }

    /// <summary>JSON only: <c>object</c>, <c>array</c>, <c>string</c>, <c>number</c>, <c>boolean</c> or <c>null</c>.</summary>
    public string? Kind => Json?.Kind.ToString().ToLowerInvariant();

    /// <summary>Form: the fields in order; a name may repeat.</summary>
    public IReadOnlyList<SampleField> Fields { get; init; } = [];

    /// <summary>Form: the canonical body, every name and value percent-encoded.</summary>
    public string? Encoded { get; init; }

    /// <summary>Form and multipart: some field name occurs twice (a client's dictionary cannot hold the fields).</summary>
    public bool HasRepeatedNames { get; init; }

    /// <summary>Multipart: the parts in order.</summary>
    public IReadOnlyList<SamplePart> Parts { get; init; } = [];

    /// <summary>Multipart: the boundary a sample uses when its client lets it choose one.</summary>
    public string? Boundary { get; init; }

    /// <summary>Multipart: the closing delimiter line, written after the last part's content and CRLF.</summary>
    public string? Closing { get; init; }

    /// <summary>Text: the string, sent as UTF-8.</summary>
    public string? Text { get; init; }

    /// <summary>File: the local file whose bytes are the body.</summary>
    public string? File { get; init; }

    /// <summary>The local files the sample reads (file body, file parts), each once.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];
}

/// <summary>A form field as text (<see cref="Name"/>, <see cref="Value"/>) and percent-encoded, for clients that take either.</summary>
public sealed record SampleField(string Name, string Value, string EncodedName, string EncodedValue);

/// <summary>
/// A multipart part: <see cref="Kind"/> is <c>text</c>, <c>json</c> or <c>file</c>; <see cref="Value"/> the text or the
/// compact JSON; <see cref="File"/> the local file a file part reads and <see cref="FileName"/> the name it is sent as;
/// <see cref="ContentType"/> null when the part sends none. <see cref="Disposition"/> and <see cref="Head"/> are the
/// canonical Content-Disposition value and everything before the content, for samples that write the body themselves.
/// </summary>
public sealed record SamplePart(string Name, string Kind, string? Value, string? File, string? FileName, string? ContentType, string Disposition, string Head);

/// <summary>HTTP basic credentials, for clients that take them as a pair (the Authorization header is in the headers too).</summary>
public sealed record BasicCredentials(string Username, string Password)
{
    /// <summary>
    /// Both credentials are ASCII, so every encoding of <c>username:password</c> gives the same bytes: a browser's
    /// <c>btoa</c> (Latin-1) then writes exactly the header RFC 7617's UTF-8 asks for. Browser targets write
    /// <c>btoa('username:password')</c> only then, and the encoded header as is otherwise.
    /// </summary>
    public bool IsAscii => System.Text.Ascii.IsValid(Username) && System.Text.Ascii.IsValid(Password);
}

/// <summary>A cookie an API key is sent in (the Cookie header is in the headers too).</summary>
public sealed record SampleCookie(string Name, string Value);

/// <summary>
/// Everything a template needs to send an operation's expected request, computed once in C#:
/// templates arrange these values, they never build URLs or escape by hand.
/// </summary>
public sealed class SampleRequest
{
    public required string Method { get; init; }

    public required string Scheme { get; init; }

    public required string Host { get; init; }

    /// <summary>Null when the scheme's default port is used.</summary>
    public required int? Port { get; init; }

    /// <summary><c>host</c> or <c>host:port</c>.</summary>
    public required string Authority { get; init; }

    /// <summary><c>scheme://authority</c>.</summary>
    public required string Origin { get; init; }

    /// <summary>The base URL's path without trailing slash (<c>/api/v2</c>), or empty.</summary>
    public required string BasePath { get; init; }

    /// <summary><see cref="Origin"/> plus <see cref="BasePath"/>: the base URL with variable examples, or <c>--base-url</c>.</summary>
    public required string BaseUrl { get; init; }

    /// <summary>True when <c>--base-url</c> replaced the description's base URL (so its variables are not used).</summary>
    public required bool BaseUrlOverridden { get; init; }

    /// <summary>The operation's path as declared, with its <c>{parameters}</c> (<c>/hooks/{id}/secrets</c>).</summary>
    public required string PathTemplate { get; init; }

    /// <summary>Base path plus the operation path with encoded parameter examples (<c>/api/v2/hooks/HOOK_ID/secrets</c>).</summary>
    public required string Path { get; init; }

    public required IReadOnlyList<QueryParameter> Query { get; init; }

    /// <summary>The encoded query without the leading <c>?</c>, or empty.</summary>
    public required string QueryString { get; init; }

    /// <summary><see cref="Path"/> plus <c>?</c> and <see cref="QueryString"/> when there is a query.</summary>
    public required string PathAndQuery { get; init; }

    /// <summary><see cref="Origin"/> plus <see cref="PathAndQuery"/>: the complete, already encoded URL.</summary>
    public required string Url { get; init; }

    /// <summary>
    /// True when <see cref="Url"/> holds <c>[</c>, <c>]</c>, <c>{</c> or <c>}</c> (only a base URL can: encoded parts never
    /// do), which tools such as curl read as URL globbing. Computed here so that templates need no string searches.
    /// </summary>
    public bool UrlHasBracketsOrBraces => Url.AsSpan().IndexOfAny("[]{}") >= 0;

    /// <summary>The credential headers (Authorization, API key headers, Cookie), then Content-Type when there is a body, then header parameters in declared order.</summary>
    public required IReadOnlyList<HttpHeader> Headers { get; init; }

    /// <summary>The basic credentials the request sends, or null.</summary>
    public required BasicCredentials? BasicAuth { get; init; }

    /// <summary>The cookies the request sends (API keys in cookies), in order; their Cookie header is in <see cref="Headers"/>.</summary>
    public required IReadOnlyList<SampleCookie> Cookies { get; init; }

    /// <summary>Null when the operation sends no body.</summary>
    public required SampleBody? Body { get; init; }
}
