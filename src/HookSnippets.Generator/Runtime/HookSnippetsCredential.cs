// Part of the runtime the generator emits once per project (Emitter/RuntimeEmitter.cs), written as C# that
// compiles as it stands (tests/HookSnippets.Generator.ClientTests builds it).
#nullable enable

namespace HookSnippets.Generator.Runtime;

/// <summary>
/// One auth scheme's credential as the client options gave it, added to each request that sends it: a bearer token
/// (fixed or from the provider, asked again before every attempt), HTTP basic, or an API key in a header, the query
/// or a cookie. Checked when a call sends it: a missing basic pair or key names the option to set, and no message
/// ever holds a credential. A bearer scheme with neither token nor provider sends no Authorization header.
/// </summary>
[global::System.CodeDom.Compiler.GeneratedCode("HookSnippets.Generator", "0.0.0")]
internal sealed class HookSnippetsCredential
{
    internal const int Header = 0;
    internal const int Query = 1;
    internal const int Cookie = 2;

    private const int BearerKind = 0;
    private const int BasicKind = 1;
    private const int ApiKeyKind = 2;

    private readonly int _kind;
    private readonly int _place;
    private readonly string? _value;
    private readonly string? _password;
    private readonly global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? _provider;
    private readonly string? _keyName;
    private readonly string _option;
    private readonly string _secondOption;

    private HookSnippetsCredential(int kind, int place, string? value, string? password, global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? provider, string? keyName, string option, string secondOption)
    {
        _kind = kind;
        _place = place;
        _value = value;
        _password = password;
        _provider = provider;
        _keyName = keyName;
        _option = option;
        _secondOption = secondOption;
    }

    internal static HookSnippetsCredential Bearer(string? token, global::System.Func<global::System.Threading.CancellationToken, global::System.Threading.Tasks.ValueTask<string>>? provider) =>
        new(BearerKind, Header, token, null, provider, null, string.Empty, string.Empty);

    /// <summary>HTTP basic; the option names (<c>ClientOptions.Username</c>) are what messages name, never the values.</summary>
    internal static HookSnippetsCredential Basic(string? username, string? password, string usernameOption, string passwordOption) =>
        new(BasicKind, Header, username, password, null, null, usernameOption, passwordOption);

    /// <summary>An API key sent in <see cref="Header"/>, <see cref="Query"/> or <see cref="Cookie"/> under <c>keyName</c>.</summary>
    internal static HookSnippetsCredential ApiKey(int place, string keyName, string? key, string keyOption) =>
        new(ApiKeyKind, place, key, null, null, keyName, keyOption, string.Empty);

    /// <summary>
    /// The request header this credential fills: <c>Authorization</c>, the API key's own header, or <c>Cookie</c> for a
    /// cookie key; null for a query key. A per-call header of that name would replace or duplicate the credential.
    /// </summary>
    internal string? HeaderName => _kind != ApiKeyKind ? "Authorization" : _place == Header ? _keyName : _place == Cookie ? "Cookie" : null;

    /// <summary>The URL with a query key appended (the request's other query pairs come first); other credentials leave it.</summary>
    internal string AddToUrl(string url)
    {
        if (_kind != ApiKeyKind || _place != Query)
        {
            return url;
        }

        var key = Required(_value, _option);
        return url + (url.IndexOf('?') < 0 ? "?" : "&") + global::HookSnippets.Generator.Runtime.HookSnippetsHttp.Encode(_keyName!) + "="
            + global::HookSnippets.Generator.Runtime.HookSnippetsHttp.Encode(key);
    }

    /// <summary>Adds the credential's header, or its <c>name=value</c> to <paramref name="cookies"/>.</summary>
    internal async global::System.Threading.Tasks.ValueTask AddToRequestAsync(
        global::System.Net.Http.HttpRequestMessage request,
        global::System.Collections.Generic.List<string> cookies,
        global::System.Threading.CancellationToken cancellationToken)
    {
        switch (_kind)
        {
            case BearerKind:
                var token = _provider is null ? _value : await _provider(cancellationToken).ConfigureAwait(false);
                if (token is not null)
                {
                    request.Headers.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token(token));
                }

                break;
            case BasicKind:
                var username = HeaderText(Required(_value, _option), _option);
                var password = HeaderText(Required(_password, _secondOption), _secondOption);
                if (username.IndexOf(':') >= 0)
                {
                    throw new global::System.InvalidOperationException(_option + " must not contain ':', which HTTP basic puts between the username and the password.");
                }

                var pair = global::System.Text.Encoding.UTF8.GetBytes(username + ":" + password);
                request.Headers.Authorization = new global::System.Net.Http.Headers.AuthenticationHeaderValue("Basic", global::System.Convert.ToBase64String(pair));
                break;
            default:
                var key = HeaderText(Required(_value, _option), _option);
                if (_place == Header)
                {
                    request.Headers.TryAddWithoutValidation(_keyName!, key);
                }
                else if (_place == Cookie)
                {
                    foreach (var c in key)
                    {
                        if (c is ';' or ',' or '"' or '\\' or ' ' or '\t')
                        {
                            throw new global::System.InvalidOperationException(_option + " must not contain ';', ',', '\"', '\\' or whitespace: it is sent as a cookie value.");
                        }
                    }

                    cookies.Add(_keyName + "=" + key);
                }

                break;
        }
    }

    private static string Token(string token)
    {
        if (token.Length == 0)
        {
            throw new global::System.InvalidOperationException("The access token is empty.");
        }

        foreach (var c in token)
        {
            if (c <= ' ' || c == '\u007f')
            {
                throw new global::System.InvalidOperationException("The access token contains a space or a control character.");
            }
        }

        return token;
    }

    private static string Required(string? value, string option) =>
        string.IsNullOrEmpty(value)
            ? throw new global::System.InvalidOperationException("Set " + option + ": this operation authenticates with it.")
            : value!;

    /// <summary>Credentials travel in headers, where control characters would split or corrupt the request.</summary>
    private static string HeaderText(string value, string option)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c == '\u007f')
            {
                throw new global::System.InvalidOperationException(option + " contains a control character.");
            }
        }

        return value;
    }
}
