using HookSnippets.Snippets.Requests;

namespace HookSnippets.Snippets.Tests.Requests;

public sealed class ServerAddressTests
{
    [Theory]
    [InlineData("https://example.com/api/v2/", "https", "example.com", null, "/api/v2", "https://example.com")]
    [InlineData("https://example.com", "https", "example.com", null, "", "https://example.com")]
    [InlineData("HTTPS://example.com:443/x", "https", "example.com", null, "/x", "https://example.com")]
    [InlineData("http://127.0.0.1:8443/base", "http", "127.0.0.1", 8443, "/base", "http://127.0.0.1:8443")]
    [InlineData("http://localhost:80", "http", "localhost", null, "", "http://localhost")]
    [InlineData("https://[::1]:5001/v1", "https", "[::1]", 5001, "/v1", "https://[::1]:5001")]
    public void SplitsSchemeHostPortAndBasePath(string url, string scheme, string host, int? port, string basePath, string origin)
    {
        var address = ServerAddress.Parse(url);
        Assert.Equal(new ServerAddress(scheme, host, port, basePath), address);
        Assert.Equal(origin, address.Origin);
    }

    [Theory]
    [InlineData("example.com/api", "needs a scheme")]
    [InlineData("ftp://example.com", "only http and https")]
    [InlineData("https://example.com/api?x=1", "query or fragment")]
    [InlineData("https:///api", "empty host")]
    [InlineData("https://example.com:0", "port '0'")]
    [InlineData("https://example.com:http", "port 'http'")]
    [InlineData("https://user:pw@example.com", "user information")]
    [InlineData("https://[::1/x", "closing ']'")]
    public void RejectsWhatIsNotABaseUrl(string url, string message)
    {
        var error = Assert.Throws<FormatException>(() => ServerAddress.Parse(url));
        Assert.Contains(message, error.Message);
    }
}
