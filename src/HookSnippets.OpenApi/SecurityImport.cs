using HookSnippets.Description;
using HookSnippets.Description.Model;
using Microsoft.OpenApi;
using OpenApiParameterLocation = Microsoft.OpenApi.ParameterLocation;
using ParameterLocation = HookSnippets.Description.Model.ParameterLocation;

namespace HookSnippets.OpenApi;

/// <summary>
/// <c>securitySchemes</c> (Swagger 2.0 <c>securityDefinitions</c>, which the reader moves there) and the
/// <c>security</c> lists as the description's auth schemes and security alternatives (docs/openapi-import.md,
/// "Security"). Schemes sent as a bearer token (http bearer, OAuth2, OpenID Connect) become one scheme: a sample
/// shows one token however it was obtained, so alternatives that differ only in the flow would be the same request.
/// A scheme the description cannot send (mutualTLS, http digest...) is skipped with a note; an alternative that needs
/// one is dropped, and an operation left with no alternative is imported without credentials, noted.
/// </summary>
internal sealed class SecurityImport
{
    private readonly Dictionary<string, AuthScheme> _byOpenApiName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bearerSent = new(StringComparer.Ordinal);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly ImportReport _report;

    public SecurityImport(OpenApiDocument document, ImportReport report)
    {
        _report = report;
        AuthScheme? bearer = null;
        var scopes = new List<OAuthScope>();
        var bearerTypes = new HashSet<AuthType>();
        foreach (var (name, scheme) in document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            var pointer = JsonPointer.Append("#/components/securitySchemes", name);
            var description = SchemaConverter.Text(scheme.Description);
            switch (scheme.Type)
            {
                case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase):
                    var (username, password) = BasicPlaceholders(name, document.Info?.Title);
                    _byOpenApiName[name] = new AuthScheme(name, AuthType.Basic, null, username, password, ApiKeyLocation.Header, null, EquatableArray<OAuthScope>.Empty, description ?? $"HTTP basic credentials of the {Title(document)}.", default);
                    break;
                case SecuritySchemeType.ApiKey when ApiKeyPlace(scheme.In) is { } place && !string.IsNullOrEmpty(scheme.Name):
                    _byOpenApiName[name] = new AuthScheme(name, AuthType.ApiKey, KeyPlaceholder(scheme.Name), null, null, place, scheme.Name, EquatableArray<OAuthScope>.Empty, description ?? $"API key of the {Title(document)}, sent in the {place.ToString().ToLowerInvariant()} {scheme.Name}.", default);
                    break;
                case SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase):
                case SecuritySchemeType.OAuth2:
                case SecuritySchemeType.OpenIdConnect:
                    var type = scheme.Type switch { SecuritySchemeType.OAuth2 => AuthType.OAuth2, SecuritySchemeType.OpenIdConnect => AuthType.OpenIdConnect, _ => AuthType.Bearer };
                    bearerTypes.Add(type);
                    scopes.AddRange(Scopes(scheme).Where(s => !scopes.Any(known => known.Name == s.Name)));
                    bearer ??= new AuthScheme(name, type, Placeholders.Token(document.Info?.Title), null, null, ApiKeyLocation.Header, null, EquatableArray<OAuthScope>.Empty, TokenDescription(document), default);
                    if (bearer.Name != name)
                    {
                        report.Add(pointer, $"sent as a bearer token like '{bearer.Name}', so both are imported as one scheme '{bearer.Name}' (samples show one token however it is obtained)");
                    }

                    _bearerSent.Add(name);
                    break;
                default:
                    report.Add(pointer, $"security scheme of type {scheme.Type}{(scheme.Type == SecuritySchemeType.Http ? $" ({scheme.Scheme})" : scheme.Type == SecuritySchemeType.ApiKey ? $" (in {scheme.In}, name '{scheme.Name}')" : string.Empty)} is not imported: samples send bearer, basic, API key, OAuth2 and OpenID Connect credentials only");
                    break;
            }
        }

        if (bearer is not null)
        {
            // One type for the merged scheme: OAuth2 or OpenID Connect only when every merged scheme is, so that its scopes belong to it.
            var merged = bearerTypes.Count == 1 ? bearer with { Type = bearerTypes.Single() } : bearer with { Type = AuthType.Bearer };
            merged = merged.Type == AuthType.Bearer ? merged : merged with { Scopes = scopes.ToEquatableArray() };
            foreach (var name in _bearerSent)
            {
                _byOpenApiName[name] = merged;
            }
        }
    }

    /// <summary>The names of the schemes sent as a bearer token: their scopes are the operation's <c>scopes</c>.</summary>
    public IReadOnlySet<string> BearerSent => _bearerSent;

    /// <summary>
    /// A <c>security</c> list as alternatives of imported schemes, in order and without repeats; an alternative
    /// naming a skipped scheme is dropped. <paramref name="where"/> locates the notes.
    /// </summary>
    public EquatableArray<SecurityRequirement> Convert(IList<OpenApiSecurityRequirement> requirements, string where)
    {
        var result = new List<SecurityRequirement>();
        var skipped = new List<string>();
        foreach (var requirement in requirements)
        {
            var names = new List<string>();
            var sendable = true;
            foreach (var reference in requirement.Keys)
            {
                var openApiName = reference.Reference?.Id ?? string.Empty;
                if (_byOpenApiName.TryGetValue(openApiName, out var scheme))
                {
                    if (!names.Contains(scheme.Name))
                    {
                        names.Add(scheme.Name);
                    }
                }
                else
                {
                    sendable = false;
                    skipped.Add(openApiName);
                }
            }

            if (sendable && !result.Any(r => r.Schemes.SequenceEqual(names)))
            {
                result.Add(new SecurityRequirement(names.ToEquatableArray(), default));
            }
        }

        if (result.Count == 0 && requirements.Count > 0)
        {
            _report.Add(where, $"it requires only security schemes that are not imported ({string.Join(", ", skipped.Distinct())}); imported without credentials");
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// The parameters of an operation without those that go where a key of its alternatives goes (a spec often declares
    /// the key's query or header parameter beside the scheme): the scheme sends it, a second value would clash (HS1032).
    /// </summary>
    public List<Parameter> WithoutKeyParameters(IEnumerable<Parameter> parameters, EquatableArray<SecurityRequirement> security, string where)
    {
        var keys = _byOpenApiName.Values.Where(s => s.Type == AuthType.ApiKey && security.Any(r => r.Schemes.Contains(s.Name))).ToList();
        var kept = new List<Parameter>();
        foreach (var parameter in parameters)
        {
            var key = keys.FirstOrDefault(k =>
                (k.In == ApiKeyLocation.Query && parameter.In == ParameterLocation.Query && parameter.Name == k.KeyName)
                || (k.In == ApiKeyLocation.Header && parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, k.KeyName, StringComparison.OrdinalIgnoreCase)));
            if (key is null)
            {
                kept.Add(parameter);
            }
            else
            {
                _report.Add(where, $"parameter '{parameter.Name}' is where the key of security scheme '{key.Name}' goes; not imported (the scheme sends it)");
            }
        }

        return kept;
    }

    /// <summary>Records the alternatives the description writes, so that only schemes some list uses are kept.</summary>
    public void Use(EquatableArray<SecurityRequirement> requirements)
    {
        foreach (var name in requirements.SelectMany(r => r.Schemes))
        {
            _used.Add(name);
        }
    }

    /// <summary>
    /// The schemes some written list uses, in the file's order; a scheme no operation uses is noted, not written (the
    /// description warns about unused ones). With one scheme left it is named <c>auth</c>, the description's form for
    /// "the one scheme"; <paramref name="rename"/> then turns the lists' names into it.
    /// </summary>
    public EquatableArray<AuthScheme> Schemes(out Func<EquatableArray<SecurityRequirement>, EquatableArray<SecurityRequirement>> rename)
    {
        var schemes = new List<AuthScheme>();
        foreach (var (name, scheme) in _byOpenApiName)
        {
            if (!_used.Contains(scheme.Name))
            {
                _report.Add(JsonPointer.Append("#/components/securitySchemes", name), "no imported operation uses this security scheme; not imported");
            }
            else if (!schemes.Contains(scheme))
            {
                schemes.Add(scheme);
            }
        }

        if (schemes is [var only])
        {
            rename = list => list.Select(r => r with { Schemes = r.Schemes.Select(_ => AuthScheme.SingleName).ToEquatableArray() }).ToEquatableArray();
            return new[] { only with { Name = AuthScheme.SingleName } }.ToEquatableArray();
        }

        rename = list => list;
        return schemes.ToEquatableArray();
    }

    /// <summary>
    /// Placeholders in the style of the vendors' pages: a scheme named after its two halves (Twilio's
    /// <c>accountSid_authToken</c>) gives <c>ACCOUNT_SID</c> and <c>AUTH_TOKEN</c>; otherwise the API's words (as
    /// for its token) then <c>USERNAME</c> and <c>PASSWORD</c>.
    /// </summary>
    private static (string Username, string Password) BasicPlaceholders(string name, string? title)
    {
        if (name.Split('_') is [var first, var second] && Words.Split(first).Count > 0 && Words.Split(second).Count > 0)
        {
            return (Words.UpperSnake(Words.Split(first)), Words.UpperSnake(Words.Split(second)));
        }

        var stem = Placeholders.Token(title);
        stem = stem[..^"ACCESS_TOKEN".Length];
        return (stem + "USERNAME", stem + "PASSWORD");
    }

    /// <summary><c>X-API-Key</c> → <c>YOUR_API_KEY</c>, <c>session_id</c> → <c>YOUR_SESSION_ID</c>.</summary>
    private static string KeyPlaceholder(string keyName)
    {
        var words = Words.Split(keyName).Where(w => !w.Equals("x", StringComparison.OrdinalIgnoreCase)).ToList();
        return Words.UpperSnake(["your", .. words.Count == 0 ? ["api", "key"] : words]);
    }

    private static ApiKeyLocation? ApiKeyPlace(OpenApiParameterLocation? location) => location switch
    {
        OpenApiParameterLocation.Header => ApiKeyLocation.Header,
        OpenApiParameterLocation.Query => ApiKeyLocation.Query,
        OpenApiParameterLocation.Cookie => ApiKeyLocation.Cookie,
        _ => null,
    };

    private static IEnumerable<OAuthScope> Scopes(IOpenApiSecurityScheme scheme)
    {
        var flows = scheme.Flows;
        foreach (var flow in new[] { flows?.AuthorizationCode, flows?.ClientCredentials, flows?.Implicit, flows?.Password, flows?.DeviceAuthorization })
        {
            foreach (var (name, text) in flow?.Scopes ?? new Dictionary<string, string>())
            {
                yield return new OAuthScope(name, SchemaConverter.Text(text));
            }
        }
    }

    private static string Title(OpenApiDocument document) => SchemaConverter.Text(document.Info?.Title) ?? "API";

    private static string TokenDescription(OpenApiDocument document) =>
        $"Access token for the {SchemaConverter.Text(document.Info?.Title) ?? "the API"}, sent as a bearer token; it needs the scopes each operation lists.";
}
