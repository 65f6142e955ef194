using System.Globalization;

namespace HookSnippets.Snippets.Requests;

/// <summary>
/// Where requests go, built from parts (never by a URL parser fed a template such as <c>https://{domain}</c>):
/// <see cref="Port"/> is null when it is the scheme's default, <see cref="BasePath"/> has no trailing slash.
/// </summary>
public sealed record ServerAddress(string Scheme, string Host, int? Port, string BasePath)
{
    public string Authority => Port is int port ? Host + ":" + port.ToString(CultureInfo.InvariantCulture) : Host;

    public string Origin => Scheme + "://" + Authority;

    /// <summary>Reads an absolute <c>http</c>/<c>https</c> URL without query or fragment (a base URL after variable substitution, or <c>--base-url</c>).</summary>
    /// <exception cref="FormatException">With a message that says what is wrong.</exception>
    public static ServerAddress Parse(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            throw new FormatException($"'{url}' is not an absolute URL: it needs a scheme, as in https://example.com/api");
        }

        var scheme = url[..schemeEnd].ToLowerInvariant();
        if (scheme is not ("http" or "https"))
        {
            throw new FormatException($"'{url}' has the scheme '{scheme}': only http and https are supported");
        }

        if (url.IndexOfAny(['?', '#']) >= 0)
        {
            throw new FormatException($"'{url}' has a query or fragment: a base URL ends with its path");
        }

        var rest = url[(schemeEnd + 3)..];
        var slash = rest.IndexOf('/');
        var authority = slash < 0 ? rest : rest[..slash];
        var basePath = slash < 0 ? string.Empty : rest[slash..].TrimEnd('/');
        if (authority.Contains('@', StringComparison.Ordinal))
        {
            throw new FormatException($"'{url}' has user information: credentials belong in the auth section, not in the URL");
        }

        var (host, port) = SplitAuthority(url, authority);
        if (host.Length == 0)
        {
            throw new FormatException($"'{url}' has an empty host");
        }

        if (port == DefaultPort(scheme))
        {
            port = null;
        }

        return new ServerAddress(scheme, host, port, basePath);
    }

    private static (string Host, int? Port) SplitAuthority(string url, string authority)
    {
        // An IPv6 literal keeps its brackets and may hold colons of its own.
        var hostEnd = authority.StartsWith('[') ? authority.IndexOf(']') + 1 : 0;
        if (authority.StartsWith('[') && hostEnd == 0)
        {
            throw new FormatException($"'{url}' has an IPv6 host without its closing ']'");
        }

        var colon = authority.IndexOf(':', hostEnd);
        if (colon < 0)
        {
            return (authority, null);
        }

        var portText = authority[(colon + 1)..];
        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
        {
            throw new FormatException($"'{url}' has the port '{portText}': a port is a number from 1 to 65535");
        }

        return (authority[..colon], port);
    }

    private static int DefaultPort(string scheme) => scheme == "https" ? 443 : 80;
}
