using System;
using System.Collections.Generic;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Reading;

/// <summary>
/// <c>auth</c> (one scheme for every operation), <c>authSchemes</c> (named schemes) and the <c>security</c> lists of
/// the description and its operations (docs/endpoint-format.md, "auth").
/// </summary>
internal sealed class AuthBinder(BindingContext context)
{
    private static readonly string[] Types = { "bearer", "basic", "apiKey", "oauth2", "openIdConnect" };
    private static readonly string[] KeyLocations = { "header", "query", "cookie" };

    // Which members each type takes; description is everyone's.
    private static readonly string[][] MembersByType =
    {
        new[] { "type", "example", "description" },
        new[] { "type", "username", "password", "description" },
        new[] { "type", "in", "name", "example", "description" },
        new[] { "type", "example", "scopes", "description" },
        new[] { "type", "example", "scopes", "description" },
    };

    /// <summary>The schemes and the description's default alternatives.</summary>
    public (EquatableArray<AuthScheme> Schemes, EquatableArray<SecurityRequirement> Security) BindRoot(JsonObject root)
    {
        var single = root["auth"];
        var named = context.Optional<JsonObject>(root, "authSchemes", "the description", "an object");
        var securityNode = root["security"];
        if (single is not null && named is not null)
        {
            context.Error(
                DiagnosticIds.InvalidValue,
                named.Span,
                "The description has both 'auth' and 'authSchemes': 'auth' is the one scheme of every operation; with several schemes, name each under 'authSchemes' and list the alternatives under 'security'.");
        }

        var schemes = new List<AuthScheme>();
        if (single is not null)
        {
            if (Bind(AuthScheme.SingleName, single, "'auth'", default) is { } scheme)
            {
                schemes.Add(scheme);
            }
        }
        else
        {
            foreach (var member in named?.Members ?? EquatableArray<JsonMember>.Empty)
            {
                if (Bind(member.Name, member.Value, $"auth scheme '{member.Name}'", member.NameSpan) is { } scheme)
                {
                    schemes.Add(scheme);
                }
            }
        }

        EquatableArray<SecurityRequirement> security;
        if (securityNode is not null)
        {
            security = BindSecurity(securityNode, "the description");
        }
        else if (single is not null)
        {
            // 'auth' alone means what it always meant: every operation sends it.
            security = new[] { new SecurityRequirement(new[] { AuthScheme.SingleName }.ToEquatableArray(), single.Span) }.ToEquatableArray();
        }
        else
        {
            security = EquatableArray<SecurityRequirement>.Empty;
        }

        return (schemes.ToEquatableArray(), security);
    }

    /// <summary>A <c>security</c> list: alternatives, each a scheme name or an array of names sent together.</summary>
    public EquatableArray<SecurityRequirement> BindSecurity(JsonNode node, string owner)
    {
        var what = $"'security' of {owner}";
        if (node is not JsonArray array)
        {
            context.WrongType(node, what, "an array of scheme names (or of arrays of names sent together)");
            return EquatableArray<SecurityRequirement>.Empty;
        }

        var result = new List<SecurityRequirement>();
        foreach (var item in array.Items)
        {
            switch (item)
            {
                case JsonString name:
                    result.Add(new SecurityRequirement(new[] { name.Value }.ToEquatableArray(), name.Span));
                    break;
                case JsonArray names:
                    var together = new List<string>();
                    foreach (var inner in names.Items)
                    {
                        if (inner is JsonString text)
                        {
                            together.Add(text.Value);
                        }
                        else
                        {
                            context.WrongType(inner, $"an item of an alternative of {what}", "a scheme name (a string)");
                        }
                    }

                    result.Add(new SecurityRequirement(together.ToEquatableArray(), names.Span));
                    break;
                default:
                    context.WrongType(item, $"an alternative of {what}", "a scheme name or an array of names sent together");
                    break;
            }
        }

        return result.ToEquatableArray();
    }

    private AuthScheme? Bind(string name, JsonNode node, string what, Text.SourceSpan nameSpan)
    {
        if (context.AsObject(node, what) is not { } obj)
        {
            return null;
        }

        var type = context.Required<JsonString>(obj, "type", what, "a string");
        var index = type is null ? -1 : Array.IndexOf(Types, type.Value);
        if (type is not null && index < 0)
        {
            context.Error(DiagnosticIds.InvalidValue, type.Span, $"Auth type '{type.Value}' is not supported: expected one of {string.Join(", ", Types)}.");
        }

        context.CheckMembers(obj, what, index < 0 ? Union() : MembersByType[index]);
        var description = context.OptionalString(obj, "description", what);
        if (index < 0)
        {
            return null;
        }

        var authType = (AuthType)index;
        var span = nameSpan.Length > 0 ? nameSpan : obj.Span;
        switch (authType)
        {
            case AuthType.Basic:
                var username = context.RequiredString(obj, "username", what);
                var password = context.RequiredString(obj, "password", what);
                return username is null || password is null
                    ? null
                    : new AuthScheme(name, authType, null, username, password, ApiKeyLocation.Header, null, EquatableArray<OAuthScope>.Empty, description, span);
            case AuthType.ApiKey:
                var location = context.Required<JsonString>(obj, "in", what, "a string");
                var where = location is null ? -1 : Array.IndexOf(KeyLocations, location.Value);
                if (location is not null && where < 0)
                {
                    context.Error(DiagnosticIds.InvalidValue, location.Span, $"'{location.Value}' is not a valid 'in' of {what}: expected one of {string.Join(", ", KeyLocations)}.");
                }

                var keyName = context.RequiredString(obj, "name", what);
                var key = context.RequiredString(obj, "example", what);
                return where < 0 || keyName is null || key is null
                    ? null
                    : new AuthScheme(name, authType, key, null, null, (ApiKeyLocation)where, keyName, EquatableArray<OAuthScope>.Empty, description, span);
            default:
                var token = context.RequiredString(obj, "example", what);
                var scopes = BindScopes(context.Optional<JsonObject>(obj, "scopes", what, "an object"), what);
                return token is null
                    ? null
                    : new AuthScheme(name, authType, token, null, null, ApiKeyLocation.Header, null, scopes, description, span);
        }
    }

    private EquatableArray<OAuthScope> BindScopes(JsonObject? scopes, string what)
    {
        var result = new List<OAuthScope>();
        foreach (var member in scopes?.Members ?? EquatableArray<JsonMember>.Empty)
        {
            if (member.Value is JsonString description)
            {
                result.Add(new OAuthScope(member.Name, description.Value));
            }
            else
            {
                context.WrongType(member.Value, $"scope '{member.Name}' of {what}", "described by a string");
            }
        }

        return result.ToEquatableArray();
    }

    private static string[] Union()
    {
        var all = new List<string>();
        foreach (var members in MembersByType)
        {
            foreach (var member in members)
            {
                if (!all.Contains(member))
                {
                    all.Add(member);
                }
            }
        }

        return all.ToArray();
    }
}
