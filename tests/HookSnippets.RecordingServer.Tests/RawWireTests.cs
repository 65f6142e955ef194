using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace HookSnippets.RecordingServer.Tests;

/// <summary>Requests written byte by byte, to check what Kestrel alone would lose: order, spelling, duplicates.</summary>
public sealed class RawWireTests
{
    [Fact]
    public async Task Duplicate_headers_stay_separate_entries_in_the_order_and_spelling_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        const string request =
            "POST /dup%2F%C3%A9?q=%7E HTTP/1.1\r\n" +
            "Host: 127.0.0.1\r\n" +
            "x-b: 2\r\n" +
            "content-type: application/json\r\n" +
            "X-A: 1\r\n" +
            "Content-Type: application/x-www-form-urlencoded\r\n" +
            "Content-Length: 2\r\n" +
            "Connection: close\r\n" +
            "\r\n" +
            "{}";

        var response = await SendOverTlsAsync(server, request);

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response);
        var recorded = Assert.Single(server.Requests);
        Assert.Equal(
            [
                new("Host", "127.0.0.1"),
                new("x-b", "2"),
                new("content-type", "application/json"),
                new("X-A", "1"),
                new("Content-Type", "application/x-www-form-urlencoded"),
                new("Content-Length", "2"),
                new("Connection", "close"),
            ],
            recorded.Headers);
        Assert.Equal(["application/json", "application/x-www-form-urlencoded"], recorded.HeaderValues("CONTENT-TYPE"));
        // Kestrel percent-decodes the path inside its read buffer; the recorded head must still be the bytes sent.
        Assert.Equal("/dup%2F%C3%A9?q=%7E", recorded.RawTarget);
        Assert.Equal("{}"u8.ToArray(), recorded.Body);
    }

    [Fact]
    public async Task Pipelined_requests_with_length_and_chunked_bodies_each_get_their_own_headers()
    {
        await using var server = await RecordingServer.StartAsync();
        const string requests =
            "PATCH /first HTTP/1.1\r\nHost: h\r\nX-N: 1\r\nContent-Length: 5\r\n\r\nhello" +
            "POST /second HTTP/1.1\r\nHost: h\r\nX-N: 2\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "3;ext=1\r\nabc\r\n10\r\n0123456789abcdef\r\n0\r\nX-Trailer: t\r\n\r\n" +
            "DELETE /third HTTP/1.1\r\nHost: h\r\nX-N: 3\r\nContent-Length: 5\r\nConnection: close\r\n\r\n[\"a\"]";

        var response = await SendOverTlsAsync(server, requests);

        Assert.Equal(3, CountOccurrences(response, "HTTP/1.1 200 OK"));
        var recorded = server.Requests;
        Assert.Equal(["PATCH /first", "POST /second", "DELETE /third"], recorded.Select(r => $"{r.Method} {r.RawTarget}"));
        Assert.Equal(["1", "2", "3"], recorded.Select(r => Assert.Single(r.HeaderValues("X-N"))));
        Assert.Equal(["hello", "abc0123456789abcdef", "[\"a\"]"], recorded.Select(r => Encoding.UTF8.GetString(r.Body)));
    }

    [Fact]
    public async Task Expect_100_continue_is_answered_before_the_body_is_sent()
    {
        await using var server = await RecordingServer.StartAsync();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        await using var tls = await AuthenticateAsync(server, tcp);
        await tls.WriteAsync(Encoding.ASCII.GetBytes(
            "POST /expect HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\n"));

        var interim = await ReadUntilAsync(tls, "\r\n\r\n");
        Assert.Equal("HTTP/1.1 100 Continue\r\n\r\n", interim);
        await tls.WriteAsync("abc"u8.ToArray());
        var final = await new StreamReader(tls, Encoding.ASCII).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", final);
        Assert.Equal("abc"u8.ToArray(), Assert.Single(server.Requests).Body);
    }

    [Fact]
    public async Task H2c_upgrade_offers_on_plain_http_are_ignored_and_answered_over_http_1_1()
    {
        await using var server = await RecordingServer.StartAsync(new RecordingServerOptions { EnablePlainHttp = true });
        const string upgrade = "Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\nHTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n";
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.HttpBaseAddress!.Host, server.HttpBaseAddress.Port);
        await using var stream = tcp.GetStream();

        await stream.WriteAsync(Encoding.ASCII.GetBytes($"POST /up HTTP/1.1\r\nHost: h\r\n{upgrade}Content-Length: 2\r\n\r\n{{}}"));
        var first = await ReadUntilAsync(stream, "{}");
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /up2 HTTP/1.1\r\nHost: h\r\n{upgrade}\r\n"));
        var second = await ReadUntilAsync(stream, "{}");

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", first);
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", second);
        var recorded = server.Requests;
        Assert.Equal(["POST /up HTTP/1.1", "GET /up2 HTTP/1.1"], recorded.Select(r => $"{r.Method} {r.RawTarget} {r.Protocol}"));
        Assert.Equal(["h2c"], recorded[0].HeaderValues("Upgrade"));
        Assert.Equal("{}"u8.ToArray(), recorded[0].Body);
        Assert.Empty(recorded[1].Body);
    }

    private static async Task<string> SendOverTlsAsync(RecordingServer server, string request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        await using var tls = await AuthenticateAsync(server, tcp);
        await tls.WriteAsync(Encoding.UTF8.GetBytes(request));
        return await new StreamReader(tls, Encoding.UTF8).ReadToEndAsync();
    }

    private static async Task<SslStream> AuthenticateAsync(RecordingServer server, TcpClient tcp)
    {
        var tls = new SslStream(tcp.GetStream());
        await tls.AuthenticateAsClientAsync(new SslClientAuthenticationOptions
        {
            TargetHost = server.BaseAddress.Host,
            ApplicationProtocols = [SslApplicationProtocol.Http11],
            CertificateChainPolicy = server.Authority.CreateChainPolicy(),
        });
        return tls;
    }

    private static async Task<string> ReadUntilAsync(Stream stream, string terminator)
    {
        var received = new StringBuilder();
        var buffer = new byte[1];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!received.ToString().EndsWith(terminator, StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(buffer, timeout.Token) == 0)
            {
                break;
            }

            received.Append((char)buffer[0]);
        }

        return received.ToString();
    }

    private static int CountOccurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
