using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// A scheme as docs pages name it: <see cref="Type"/> is <c>bearer</c>, <c>basic</c>, <c>apiKey</c>, <c>oauth2</c> or
/// <c>openIdConnect</c>; <see cref="In"/> and <see cref="KeyName"/> say where an API key goes.
/// </summary>
public sealed record AuthFacts(string Name, string Type, string? In, string? KeyName, string? Description, IReadOnlyList<OAuthScope> Scopes)
{
    public static IReadOnlyList<IReadOnlyList<AuthFacts>> Alternatives(ApiDescription api, Operation operation) =>
        api.SecurityOf(operation)
            .Select(requirement => (IReadOnlyList<AuthFacts>)requirement.Schemes
                .Select(api.FindScheme)
                .OfType<AuthScheme>()
                .Select(Of)
                .ToArray())
            .ToArray();

    private static AuthFacts Of(AuthScheme scheme) => new(
        scheme.Name,
        scheme.Type switch
        {
            AuthType.Basic => "basic",
            AuthType.ApiKey => "apiKey",
            AuthType.OAuth2 => "oauth2",
            AuthType.OpenIdConnect => "openIdConnect",
            _ => "bearer",
        },
        scheme.Type == AuthType.ApiKey ? scheme.In.ToString().ToLowerInvariant() : null,
        scheme.KeyName,
        scheme.Description,
        scheme.Scopes.ToArray());
}
