using System;
using System.Collections.Generic;
using HookSnippets.Description.Model;

namespace HookSnippets.ClientShape;

/// <summary>
/// Which record members hold a secret (a client secret, a password, a token, an API key), so that the record's
/// <c>ToString</c> does not print them: a record read from a response lands in logs and debugger views. The
/// description has no word for it, so the member's name decides, read as its last word (<c>ClientSecret</c>,
/// <c>RefreshToken</c>; not <c>PasswordPolicy</c> or <c>TokenDialect</c>), or the schema's <c>format: password</c>.
/// Only values that print their content are hidden: strings and JSON values (a list or a map prints its type name).
/// </summary>
internal static class SecretMembers
{
    private static readonly HashSet<string> SecretLastWords = new(StringComparer.Ordinal)
    {
        "Secret", "Secrets", "Password", "Passwd", "Passphrase", "Token", "Credential", "Credentials",
    };

    private static readonly HashSet<string> SecretKeyQualifiers = new(StringComparer.Ordinal)
    {
        "Api", "Private", "Signing", "Encryption", "Access", "Secret",
    };

    public static bool Holds(string propertyName, Schema schema, TypeRef type)
    {
        if (type.Kind is not (TypeKind.String or TypeKind.Json))
        {
            return false;
        }

        if (string.Equals(schema.Format, "password", StringComparison.Ordinal))
        {
            return true;
        }

        var words = Words(propertyName);
        var last = words[words.Count - 1];
        return SecretLastWords.Contains(last)
            || (last == "Key" && words.Count > 1 && SecretKeyQualifiers.Contains(words[words.Count - 2]));
    }

    /// <summary>The words of a PascalCase name: a capital letter starts one, digits stay with the word before them.</summary>
    private static List<string> Words(string pascalName)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 1; i < pascalName.Length; i++)
        {
            if (char.IsUpper(pascalName[i]) && !char.IsUpper(pascalName[i - 1]))
            {
                words.Add(pascalName.Substring(start, i - start));
                start = i;
            }
        }

        words.Add(pascalName.Substring(start));
        return words;
    }
}
