using System.Text.RegularExpressions;
using HookSnippets.Description.Model;
using Microsoft.OpenApi;

namespace HookSnippets.OpenApi;

/// <summary>
/// <c>servers[0]</c> as the base URL and its variables. A relative or missing URL gets the host variable
/// <c>{host}</c>; a variable default that is not plain unreserved text stays in the description instead.
/// </summary>
internal static partial class Servers
{
    public static (string BaseUrl, List<ServerVariable> Variables) Convert(OpenApiDocument document, ImportReport report)
    {
        var servers = document.Servers ?? [];
        for (var i = 1; i < servers.Count; i++)
        {
            report.Add(JsonPointer.Append("#/servers", i), $"server '{servers[i].Url}' is not imported; the base URL is servers[0]");
        }

        var server = servers.Count > 0 ? servers[0] : null;
        var url = (server?.Url ?? string.Empty).Trim();
        var query = url.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            report.Add("#/servers/0/url", "the query or fragment of the server URL is not imported");
            url = url[..query];
        }

        if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            report.Add(server is null ? JsonPointer.Root : "#/servers/0/url", server is null ? "no server: the base URL is https://{host}" : $"server URL '{url}' is not absolute; the base URL is https://{{host}}{url}");
            url = "https://{host}" + (url.StartsWith('/') || url.Length == 0 ? url : "/" + url);
        }

        url = url.TrimEnd('/');
        var variables = new List<ServerVariable>();
        foreach (Match match in VariableReference().Matches(url))
        {
            var name = match.Groups[1].Value;
            if (variables.Any(v => v.Name == name))
            {
                continue;
            }

            OpenApiServerVariable? declared = null;
            server?.Variables?.TryGetValue(name, out declared);
            var description = SchemaConverter.Text(declared?.Description) ?? (name == "host" && declared is null ? "Host name of the API server." : $"Value of the server variable {name}.");
            string? defaultValue = declared?.Default;
            if (defaultValue is not null && !Unreserved().IsMatch(defaultValue))
            {
                report.Add(JsonPointer.Append("#/servers/0/variables", name), $"default '{defaultValue}' is not a plain value (A-Z a-z 0-9 - . _ ~); kept in the variable's description only");
                description += $" (for example {defaultValue})";
                defaultValue = null;
            }

            variables.Add(new ServerVariable(name, Placeholders.ServerVariable(name), description, defaultValue, default));
        }

        return (url, variables);
    }

    [GeneratedRegex(@"\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex VariableReference();

    [GeneratedRegex("^[A-Za-z0-9._~-]+$")]
    private static partial Regex Unreserved();
}
