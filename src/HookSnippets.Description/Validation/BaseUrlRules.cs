using System;
using System.Collections.Generic;
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
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) || !url.Contains("://"))
        {
            return "is not an absolute http or https URL";
        }

        if (url.IndexOf('?') >= 0 || url.IndexOf('#') >= 0)
        {
            return "has a query or fragment, which operation paths cannot follow";
        }

        return url.EndsWith("/", StringComparison.Ordinal) ? "ends with '/', so every request path would start with '//'" : null;
    }
}
