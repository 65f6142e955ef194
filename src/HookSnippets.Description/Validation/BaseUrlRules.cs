using System;
using System.Collections.Generic;
using System.Globalization;
using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Description.Validation;

/// <summary>HS1016, HS1019, HS1022: the base URL, its variables, and the URL samples will call.</summary>
internal static class BaseUrlRules
{
    public static void Check(ValidationContext context)
    {
        var description = context.Description;
        var template = UrlTemplate.Parse(description.BaseUrl);
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var variable in description.Variables)
        {
            examples[variable.Name] = variable.Example;
            if (!template.Names.Contains(variable.Name))
            {
                context.Warning(
                    DiagnosticIds.UnusedBaseUrlVariable,
                    variable.Span,
                    "Variable '" + variable.Name + "' is declared but the base URL '" + description.BaseUrl + "' does not use it; write '{" + variable.Name + "}' in the base URL or remove the variable.");
            }
        }

        var complete = template.Error is null;
        foreach (var name in template.Names)
        {
            if (!examples.ContainsKey(name))
            {
                complete = false;
                context.Error(
                    DiagnosticIds.UndeclaredBaseUrlVariable,
                    description.BaseUrlSpan,
                    "The base URL uses '{" + name + "}', but no variable '" + name + "' is declared; add \"variables\": { \"" + name + "\": { \"example\": \"YOUR_" + name.ToUpperInvariant() + "\" } }.");
            }
        }

        var url = UrlTemplate.Substitute(description.BaseUrl, examples);
        var problem = template.Error is not null ? "is not a valid template: " + template.Error : complete ? Problem(url) : null;
        if (problem is not null)
        {
            context.Error(
                DiagnosticIds.InvalidBaseUrl,
                description.BaseUrlSpan,
                "The base URL '" + url + "' " + problem + "; write it like 'https://{domain}/api/v2' with each variable's example making it a valid URL.");
        }
    }

    private static string? Problem(string url)
    {
        // System.Uri trims spaces, takes user information and an empty port, and converts '\\' to '/': checked
        // first, so that what validates is exactly the URL the request model builds and every sample calls.
        if (NotUrlText(url) is { } problem)
        {
            return problem;
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) || !url.Contains("://"))
        {
            return "is not an absolute http or https URL";
        }

        if (url.IndexOf('?') >= 0 || url.IndexOf('#') >= 0)
        {
            return "has a query or fragment, which operation paths cannot follow";
        }

        var rest = url.Substring(url.IndexOf("://", StringComparison.Ordinal) + 3);
        var slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest.Substring(0, slash);
        if (authority.IndexOf('@') >= 0)
        {
            return "has user information before '@', which credentials do not belong in (use \"auth\")";
        }

        var colon = authority.IndexOf(':', authority.StartsWith("[", StringComparison.Ordinal) ? authority.IndexOf(']') + 1 : 0);
        if (colon >= 0 && !IsPort(authority.Substring(colon + 1)))
        {
            return "has the port '" + authority.Substring(colon + 1) + "', not a number from 1 to 65535";
        }

        return url.EndsWith("/", StringComparison.Ordinal) ? "ends with '/', so every request path would start with '//'" : null;
    }

    /// <summary>Why the text is not made of RFC 3986 URL characters (a '%' starting an escape of two hex digits), or null.</summary>
    private static string? NotUrlText(string url)
    {
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == '%' && !(i + 2 < url.Length && IsHex(url[i + 1]) && IsHex(url[i + 2])))
            {
                return "has a '%' at character " + (i + 1).ToString(CultureInfo.InvariantCulture) + " that starts no %XX escape";
            }

            if (c != '%' && !IsUrlCharacter(c))
            {
                return "holds U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " at character " + (i + 1).ToString(CultureInfo.InvariantCulture)
                    + ", which is not a URL character (write a space or a non-ASCII letter percent-encoded, a host in its ASCII form)";
            }
        }

        return null;
    }

    private static bool IsUrlCharacter(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~:/?#[]@!$&'()*+,;=".IndexOf(c) >= 0;

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');

    private static bool IsPort(string text) =>
        text.Length is > 0 and <= 5 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535;
}
