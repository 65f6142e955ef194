using System;
using System.Collections.Generic;
using HookSnippets.Description;
using HookSnippets.Description.Model;
using HookSnippets.Description.Naming;

namespace HookSnippets.ClientShape;

/// <summary>
/// Names the options of each auth scheme. The only scheme of its kind gets the plain names (<c>AccessToken</c> and
/// <c>AccessTokenProvider</c>, <c>Username</c> and <c>Password</c>, <c>ApiKey</c>); when several share a kind each
/// is prefixed with its scheme's name (<c>AdminUsername</c>; a key scheme already ending in "Key" keeps its name:
/// <c>HeaderKey</c>), so a caller can tell them apart.
/// </summary>
internal static class CredentialShapes
{
    public static EquatableArray<CredentialShape> Build(ShapeContext context, UniqueNames optionNames)
    {
        var schemes = context.Description.AuthSchemes;
        var credentials = new List<CredentialShape>();
        foreach (var scheme in schemes)
        {
            var kind = KindOf(scheme);
            var alone = Count(schemes, kind) == 1;
            var prefix = alone ? string.Empty : Identifiers.ToPascalCase(scheme.Name);
            switch (kind)
            {
                case CredentialKind.Bearer:
                    // The plain token names are reserved options members (a base URL variable cannot take them).
                    var token = alone ? RuntimeNames.AccessTokenOption : context.Take(optionNames, prefix + RuntimeNames.AccessTokenOption, scheme.Span);
                    var provider = alone ? RuntimeNames.AccessTokenProviderOption : context.Take(optionNames, prefix + RuntimeNames.AccessTokenProviderOption, scheme.Span);
                    credentials.Add(new CredentialShape(scheme.Name, kind, token, provider, scheme.Example!, null, scheme.In, null, scheme.Description));
                    break;
                case CredentialKind.Basic:
                    var username = context.Take(optionNames, prefix + RuntimeNames.UsernameOption, scheme.Span);
                    var password = context.Take(optionNames, prefix + RuntimeNames.PasswordOption, scheme.Span);
                    credentials.Add(new CredentialShape(scheme.Name, kind, username, password, scheme.Username!, scheme.Password!, scheme.In, null, scheme.Description));
                    break;
                default:
                    var wanted = alone ? RuntimeNames.ApiKeyOption
                        : prefix.EndsWith("Key", StringComparison.Ordinal) ? prefix : prefix + RuntimeNames.ApiKeyOption;
                    var key = context.Take(optionNames, wanted, scheme.Span);
                    credentials.Add(new CredentialShape(scheme.Name, kind, key, null, scheme.Example!, null, scheme.In, scheme.KeyName, scheme.Description));
                    break;
            }
        }

        return credentials.ToEquatableArray();
    }

    /// <summary>The indices in <paramref name="credentials"/> of the schemes <paramref name="operation"/>'s first security alternative sends (none for a public operation).</summary>
    public static EquatableArray<int> SentBy(ApiDescription description, Operation operation, EquatableArray<CredentialShape> credentials)
    {
        var sent = new List<int>();
        if (description.SecurityOf(operation) is [var first, ..])
        {
            foreach (var name in first.Schemes)
            {
                for (var i = 0; i < credentials.Count; i++)
                {
                    if (credentials[i].Scheme == name)
                    {
                        sent.Add(i);
                    }
                }
            }
        }

        return sent.ToEquatableArray();
    }

    public static CredentialKind KindOf(AuthScheme scheme) => scheme switch
    {
        { IsBearer: true } => CredentialKind.Bearer,
        { Type: AuthType.Basic } => CredentialKind.Basic,
        _ => CredentialKind.ApiKey,
    };

    private static int Count(EquatableArray<AuthScheme> schemes, CredentialKind kind)
    {
        var count = 0;
        foreach (var scheme in schemes)
        {
            count += KindOf(scheme) == kind ? 1 : 0;
        }

        return count;
    }
}
