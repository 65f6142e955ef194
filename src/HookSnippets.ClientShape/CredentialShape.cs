using HookSnippets.Description.Model;

namespace HookSnippets.ClientShape;

public enum CredentialKind
{
    /// <summary>Bearer, OAuth2 and OpenID Connect: a token and a token provider, sent as <c>Authorization: Bearer</c>.</summary>
    Bearer,

    /// <summary>HTTP basic: a username and a password.</summary>
    Basic,

    /// <summary>An API key sent in a header, the query or a cookie.</summary>
    ApiKey,
}

/// <summary>
/// One auth scheme as options of the client. <see cref="Property"/> holds the token, the username or the key;
/// <see cref="SecondProperty"/> the token provider or the password (null for a key). <see cref="Example"/> and
/// <see cref="SecondExample"/> are the placeholders samples set them to (no example for a provider).
/// <see cref="In"/> and <see cref="KeyName"/> say where an API key goes.
/// </summary>
public sealed record CredentialShape(
    string Scheme,
    CredentialKind Kind,
    string Property,
    string? SecondProperty,
    string Example,
    string? SecondExample,
    ApiKeyLocation In,
    string? KeyName,
    string? Description);
