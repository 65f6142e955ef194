using HookSnippets.Description.Text;

namespace HookSnippets.Description.Model;

public enum AuthType
{
    /// <summary><c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    Bearer,

    /// <summary>HTTP basic: <c>Authorization: Basic base64(username:password)</c>.</summary>
    Basic,

    /// <summary>A key in a header, a query parameter or a cookie.</summary>
    ApiKey,

    /// <summary>An OAuth 2.0 access token, sent as a bearer token.</summary>
    OAuth2,

    /// <summary>An OpenID Connect token, sent as a bearer token.</summary>
    OpenIdConnect,
}

/// <summary>Where an API key goes.</summary>
public enum ApiKeyLocation
{
    Header,
    Query,
    Cookie,
}

/// <summary>
/// One way to authenticate, named so that <c>security</c> can refer to it. Which members are set depends on
/// <see cref="Type"/>: <see cref="Example"/> is the token (bearer, OAuth2, OpenID Connect) or the key (API key);
/// <see cref="Username"/> and <see cref="Password"/> are basic's; <see cref="In"/> and <see cref="KeyName"/> an API
/// key's. Every credential is a placeholder that samples show and expected requests send.
/// </summary>
public sealed record AuthScheme(
    string Name,
    AuthType Type,
    string? Example,
    string? Username,
    string? Password,
    ApiKeyLocation In,
    string? KeyName,
    EquatableArray<OAuthScope> Scopes,
    string? Description,
    SourceSpan Span)
{
    /// <summary>The name of the one scheme <c>auth</c> declares, so that a <c>security</c> list can name it.</summary>
    public const string SingleName = "auth";

    /// <summary>True for the types sent as <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public bool IsBearer => Type is AuthType.Bearer or AuthType.OAuth2 or AuthType.OpenIdConnect;
}

/// <summary>A scope an OAuth2 or OpenID Connect scheme offers, for docs pages.</summary>
public sealed record OAuthScope(string Name, string? Description);

/// <summary>
/// One alternative of a <c>security</c> list: the schemes sent together (usually one; none for a public endpoint).
/// Samples send the first alternative of an operation.
/// </summary>
public sealed record SecurityRequirement(EquatableArray<string> Schemes, SourceSpan Span);
