using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Validation;

/// <summary>
/// HS1031, HS1032, HS1034: auth schemes whose credentials can be sent exactly where they go, <c>security</c> lists
/// that name declared schemes whose credentials do not overwrite each other, and schemes some list uses.
/// </summary>
internal static class AuthRules
{
    // RFC 6750 b64token: what follows "Bearer " unquoted.
    private static readonly Regex B64Token = new("^[A-Za-z0-9._~+/-]+=*$", RegexOptions.CultureInvariant);

    // RFC 9110 token: a header or cookie name.
    private static readonly Regex HttpToken = new("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", RegexOptions.CultureInvariant);

    // The rule of query parameter names (docs/endpoint-format.md, "parameters"): never percent-encoded.
    private static readonly Regex QueryName = new("^[A-Za-z0-9._~-]*[A-Za-z0-9][A-Za-z0-9._~-]*$", RegexOptions.CultureInvariant);

    // Headers a key cannot be: the body, the HTTP client or the cookie keys set them.
    private static readonly HashSet<string> ReservedKeyHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Host", "Transfer-Encoding", "Connection", "Expect", "Upgrade", "TE", "Trailer",
        "Keep-Alive", "HTTP2-Settings", "User-Agent", "Accept", "Accept-Encoding", "Accept-Language", "Cookie",
    };

    public static void Check(ValidationContext context)
    {
        var description = context.Description;
        foreach (var scheme in description.AuthSchemes)
        {
            CheckCredentials(context, scheme);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        CheckRequirements(context, description.Security, "the description", used);
        foreach (var operation in description.Operations)
        {
            if (operation.Security is { } own)
            {
                CheckRequirements(context, own, "operation '" + operation.Id + "'", used);
            }

            CheckParameterClashes(context, operation);
        }

        foreach (var scheme in description.AuthSchemes)
        {
            if (!used.Contains(scheme.Name))
            {
                context.Warning(
                    DiagnosticIds.UnusedAuthScheme,
                    scheme.Span,
                    "Auth scheme '" + scheme.Name + "' is declared but no 'security' list uses it, so no sample sends it; add \"security\": [\"" + scheme.Name + "\"] to the description or to the operations that need it, or remove the scheme.");
            }
        }
    }

    private static void CheckCredentials(ValidationContext context, AuthScheme scheme)
    {
        var subject = "auth scheme '" + scheme.Name + "'";
        switch (scheme.Type)
        {
            case AuthType.Basic:
                var username = scheme.Username!;
                if (username.Length == 0 || username.IndexOf(':') >= 0 || !IsPrintableAscii(username))
                {
                    Unsendable(context, scheme, "The username " + JsonValueText.Quote(username) + " of " + subject + " cannot be sent: a basic username is printable ASCII without ':' (the colon ends it); use a placeholder such as ACCOUNT_ID.");
                }

                if (!IsPrintableAscii(scheme.Password!))
                {
                    Unsendable(context, scheme, "The password " + JsonValueText.Quote(scheme.Password!) + " of " + subject + " cannot be sent: a basic password is printable ASCII, which every client encodes alike; use a placeholder such as API_SECRET.");
                }

                break;
            case AuthType.ApiKey:
                CheckKey(context, scheme, subject);
                break;
            default:
                if (!B64Token.IsMatch(scheme.Example!))
                {
                    Unsendable(context, scheme, "The token " + JsonValueText.Quote(scheme.Example!) + " of " + subject + " cannot be sent as a bearer token: a token is letters, digits and - . _ ~ + / (RFC 6750 b64token), optionally ending in '='; use a placeholder such as API_ACCESS_TOKEN.");
                }

                break;
        }
    }

    private static void CheckKey(ValidationContext context, AuthScheme scheme, string subject)
    {
        var name = scheme.KeyName!;
        var key = scheme.Example!;
        switch (scheme.In)
        {
            case ApiKeyLocation.Header:
                if (!HttpToken.IsMatch(name) || ReservedKeyHeaders.Contains(name))
                {
                    Unsendable(context, scheme, "The header name " + JsonValueText.Quote(name) + " of " + subject + " cannot carry a key: it must be an HTTP token that neither the body nor the HTTP client sets (not Content-Type, Host, Cookie...).");
                }

                if (key.Length == 0 || !IsPrintableAscii(key) || key[0] == ' ' || key[key.Length - 1] == ' ')
                {
                    Unsendable(context, scheme, "The key " + JsonValueText.Quote(key) + " of " + subject + " cannot be sent in a header: a header value is printable ASCII that neither starts nor ends with a space.");
                }

                break;
            case ApiKeyLocation.Query:
                if (!QueryName.IsMatch(name))
                {
                    Unsendable(context, scheme, "The query name " + JsonValueText.Quote(name) + " of " + subject + " cannot be sent as written: a query name is A-Z a-z 0-9 - . _ ~ with at least one letter or digit.");
                }

                if (key.Length == 0 || !IsPrintableAscii(key))
                {
                    Unsendable(context, scheme, "The key " + JsonValueText.Quote(key) + " of " + subject + " cannot be sent: a key is printable ASCII (it is percent-encoded in the query).");
                }

                break;
            default:
                if (!HttpToken.IsMatch(name))
                {
                    Unsendable(context, scheme, "The cookie name " + JsonValueText.Quote(name) + " of " + subject + " cannot be sent: a cookie name is an HTTP token (RFC 6265).");
                }

                if (key.Length == 0 || !IsCookieValue(key))
                {
                    Unsendable(context, scheme, "The key " + JsonValueText.Quote(key) + " of " + subject + " cannot be sent in a cookie: a cookie value is printable ASCII without space, '\"', ',', ';' or '\\' (RFC 6265 cookie-octet).");
                }

                break;
        }
    }

    private static void CheckRequirements(ValidationContext context, EquatableArray<SecurityRequirement> requirements, string owner, HashSet<string> used)
    {
        foreach (var requirement in requirements)
        {
            var schemes = new List<AuthScheme>();
            foreach (var name in requirement.Schemes)
            {
                used.Add(name);
                if (context.Description.FindScheme(name) is not { } scheme)
                {
                    context.Error(
                        DiagnosticIds.UnknownAuthScheme,
                        requirement.Span,
                        "The 'security' of " + owner + " names the auth scheme '" + name + "', which is not declared; " + Fix(context.Description, name));
                }
                else if (schemes.Exists(s => s.Name == name))
                {
                    context.Error(DiagnosticIds.UnsendableCredential, requirement.Span, "The 'security' of " + owner + " names the auth scheme '" + name + "' twice in one alternative; name it once.");
                }
                else
                {
                    schemes.Add(scheme);
                }
            }

            for (var i = 0; i < schemes.Count; i++)
            {
                for (var j = 0; j < i; j++)
                {
                    if (Place(schemes[i]) is { } place && string.Equals(place, Place(schemes[j]), StringComparison.OrdinalIgnoreCase))
                    {
                        context.Error(
                            DiagnosticIds.UnsendableCredential,
                            requirement.Span,
                            "The auth schemes '" + schemes[j].Name + "' and '" + schemes[i].Name + "' of one alternative of the 'security' of " + owner + " both go in " + place + ", so one would overwrite the other; list them as separate alternatives.");
                    }
                }
            }
        }
    }

    /// <summary>A parameter of the same name as a key the operation sends would put a second value where the key goes.</summary>
    private static void CheckParameterClashes(ValidationContext context, Operation operation)
    {
        foreach (var requirement in context.Description.SecurityOf(operation))
        {
            foreach (var name in requirement.Schemes)
            {
                if (context.Description.FindScheme(name) is not { Type: AuthType.ApiKey, In: not ApiKeyLocation.Cookie } key)
                {
                    continue;
                }

                foreach (var parameter in operation.Parameters)
                {
                    var clash = key.In == ApiKeyLocation.Query
                        ? parameter.In == ParameterLocation.Query && parameter.Name == key.KeyName
                        : parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, key.KeyName, StringComparison.OrdinalIgnoreCase);
                    if (clash)
                    {
                        context.Error(
                            DiagnosticIds.UnsendableCredential,
                            parameter.Span,
                            "Parameter '" + parameter.Name + "' of operation '" + operation.Id + "' goes where the key of auth scheme '" + key.Name + "' goes, so the request would hold two values; remove the parameter (the scheme sends the key).");
                    }
                }
            }
        }
    }

    /// <summary>Where a scheme's credential goes, as a message names it; two schemes with the same place clash.</summary>
    private static string? Place(AuthScheme scheme) => scheme.Type switch
    {
        AuthType.ApiKey when scheme.In == ApiKeyLocation.Header => "the header " + scheme.KeyName,
        AuthType.ApiKey when scheme.In == ApiKeyLocation.Query => "the query parameter " + scheme.KeyName,
        AuthType.ApiKey => "the cookie " + scheme.KeyName,
        _ => "the header Authorization",
    };

    private static string Fix(ApiDescription description, string name)
    {
        var names = new List<string>();
        foreach (var scheme in description.AuthSchemes)
        {
            names.Add(scheme.Name);
        }

        return Reading.SpellingSuggestion.Closest(name, names) is { } close
            ? "did you mean '" + close + "'?"
            : names.Count == 0 ? "declare it under 'authSchemes'." : "declare it under 'authSchemes' (declared: " + string.Join(", ", names) + ").";
    }

    private static void Unsendable(ValidationContext context, AuthScheme scheme, string message) =>
        context.Error(DiagnosticIds.UnsendableCredential, scheme.Span, message);

    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 || c > 0x7E)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCookieValue(string text)
    {
        foreach (var c in text)
        {
            if (c <= 0x20 || c > 0x7E || c == '"' || c == ',' || c == ';' || c == '\\')
            {
                return false;
            }
        }

        return true;
    }
}
