using System.Text;
using HookSnippets.Description.Model;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// What the first alternative of an operation's security sends (docs/endpoint-format.md, "Headers" and "URL"): its
/// headers in the alternative's order (one Cookie header, where the first cookie key is), its query pairs (encoded),
/// the basic pair and the cookies.
/// </summary>
internal sealed record Credentials(IReadOnlyList<HttpHeader> Headers, IReadOnlyList<QueryParameter> Query, BasicCredentials? Basic, IReadOnlyList<SampleCookie> Cookies)
{
    public static Credentials For(ApiDescription api, Operation operation)
    {
        var headers = new List<HttpHeader>();
        var query = new List<QueryParameter>();
        var cookies = new List<SampleCookie>();
        BasicCredentials? basic = null;
        var cookieAt = -1;
        if (api.SecurityOf(operation) is [var first, ..])
        {
            foreach (var name in first.Schemes)
            {
                var scheme = api.FindScheme(name)
                    ?? throw new RequestModelException($"operation '{operation.Id}' sends the auth scheme '{name}', which is not declared", first.Span);
                switch (scheme)
                {
                    case { IsBearer: true }:
                        headers.Add(Header("Authorization", "Bearer " + scheme.Example, scheme));
                        break;
                    case { Type: AuthType.Basic }:
                        basic = new BasicCredentials(scheme.Username!, scheme.Password!);
                        headers.Add(Header("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(basic.Username + ":" + basic.Password)), scheme));
                        break;
                    case { In: ApiKeyLocation.Header }:
                        headers.Add(Header(scheme.KeyName!, scheme.Example!, scheme));
                        break;
                    case { In: ApiKeyLocation.Query }:
                        query.Add(new QueryParameter(UrlEncoding.Encode(scheme.KeyName!), UrlEncoding.Encode(scheme.Example!)));
                        break;
                    default:
                        cookieAt = cookieAt < 0 ? headers.Count : cookieAt;
                        cookies.Add(new SampleCookie(scheme.KeyName!, scheme.Example!));
                        break;
                }
            }
        }

        if (cookieAt >= 0)
        {
            headers.Insert(cookieAt, new HttpHeader("Cookie", string.Join("; ", cookies.Select(c => c.Name + "=" + c.Value))));
        }

        return new Credentials(headers, query, basic, cookies);
    }

    private static HttpHeader Header(string name, string value, AuthScheme scheme)
    {
        RequestModelBuilder.RequireHeaderText(value, $"the credential of auth scheme '{scheme.Name}'", scheme.Span);
        return new HttpHeader(name, value);
    }
}
