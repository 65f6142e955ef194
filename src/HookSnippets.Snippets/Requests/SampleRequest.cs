using HookSnippets.Description.Json;

namespace HookSnippets.Snippets.Requests;

/// <summary>A header exactly as sent: name in the case the description uses, value verbatim.</summary>
public sealed record HttpHeader(string Name, string Value);

/// <summary>One query pair, both parts already percent-encoded by <see cref="UrlEncoding"/>.</summary>
public sealed record QueryParameter(string Name, string Value);

/// <summary>
/// The request body: the example as a JSON value (for native literals), its canonical compact serialisation
/// (the exact bytes the expected request holds) and an indented form for languages with multi-line literals.
/// </summary>
public sealed record SampleBody(JsonNode Json, string Compact, string Pretty, string ContentType)
{
    /// <summary><c>object</c>, <c>array</c>, <c>string</c>, <c>number</c>, <c>boolean</c> or <c>null</c>.</summary>
    public string Kind => Json.Kind.ToString().ToLowerInvariant();
}

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

    /// <summary>Authorization, then Content-Type when there is a body, then header parameters in declared order.</summary>
    public required IReadOnlyList<HttpHeader> Headers { get; init; }

    /// <summary>Null when the operation sends no body.</summary>
    public required SampleBody? Body { get; init; }
}
