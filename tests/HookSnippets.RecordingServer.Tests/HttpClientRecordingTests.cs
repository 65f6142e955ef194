using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;
using System.Text;

namespace HookSnippets.RecordingServer.Tests;

public sealed class HttpClientRecordingTests
{
    [Fact]
    public async Task Records_method_raw_target_headers_and_body_byte_for_byte()
    {
        await using var server = await RecordingServer.StartAsync();
        using var client = server.CreateClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, "/a%2Fb?x=%20y&x=2")
        {
            Content = new StringContent("{\"k\":\"é\"}", new MediaTypeHeaderValue("application/json")),
        };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "MGMT_API_ACCESS_TOKEN");
        message.Headers.Add("X-Trace", ["one", "two"]);

        using var response = await client.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/a%2Fb?x=%20y&x=2", request.RawTarget);
        Assert.Equal("/a%2Fb", request.RawPath);
        Assert.Equal("x=%20y&x=2", request.RawQuery);
        Assert.Equal("HTTP/1.1", request.Protocol);
        Assert.Equal(["Bearer MGMT_API_ACCESS_TOKEN"], request.HeaderValues("authorization"));
        Assert.Equal(["application/json"], request.HeaderValues("Content-Type"));
        Assert.Equal(["one, two"], request.HeaderValues("X-Trace"));
        Assert.Equal([$"127.0.0.1:{server.BaseAddress.Port}"], request.HeaderValues("Host"));
        Assert.Equal("{\"k\":\"é\"}"u8.ToArray(), request.Body);
    }

    [Theory]
    [InlineData("1.1")]
    [InlineData("2.0")]
    public async Task Long_targets_and_headers_of_hostile_descriptions_are_accepted(string version)
    {
        await using var server = await RecordingServer.StartAsync();
        using var client = server.CreateClient();
        var encoded = string.Concat(Enumerable.Repeat("%F0%9F%98%80", 4000)); // 4000 emoji, 48 KB encoded
        var headerValue = new string('v', 40_000);
        using var message = new HttpRequestMessage(HttpMethod.Get, $"/hooks/{encoded}?q={encoded}")
        {
            Version = Version.Parse(version),
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        message.Headers.Add("X-Long", headerValue);

        using var response = await client.SendAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(server.Requests);
        Assert.Equal($"/hooks/{encoded}?q={encoded}", request.RawTarget);
        Assert.Equal([headerValue], request.HeaderValues("X-Long"));
    }

    [Fact]
    public async Task A_client_that_does_not_trust_the_test_ca_fails_the_handshake()
    {
        await using var server = await RecordingServer.StartAsync();
        using var untrusting = new HttpClient(new SocketsHttpHandler(), disposeHandler: true);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => untrusting.GetAsync(server.BaseAddress));

        Assert.IsType<AuthenticationException>(error.InnerException);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_client_trusting_another_test_ca_fails_the_handshake()
    {
        await using var server = await RecordingServer.StartAsync();
        using var otherAuthority = TestCertificateAuthority.Create();
        using var client = new HttpClient(otherAuthority.CreateHandler(), disposeHandler: true);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(server.BaseAddress));

        Assert.IsType<AuthenticationException>(error.InnerException);
    }

    [Fact]
    public async Task A_body_of_unknown_length_arrives_chunked_and_is_recorded_de_chunked()
    {
        await using var server = await RecordingServer.StartAsync();
        using var client = server.CreateClient();
        var payload = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 5000).Select(i => $"{i},")));
        using var content = new StreamContent(new UnknownLengthStream(payload));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");

        using var response = await client.PutAsync("/upload", content);

        response.EnsureSuccessStatusCode();
        var request = Assert.Single(server.Requests);
        Assert.Equal(["chunked"], request.HeaderValues("Transfer-Encoding"));
        Assert.Empty(request.HeaderValues("Content-Length"));
        Assert.Equal(payload, request.Body);
    }

    [Fact]
    public async Task Delete_with_a_body_and_patch_are_recorded()
    {
        await using var server = await RecordingServer.StartAsync();
        using var client = server.CreateClient();

        using var delete = new HttpRequestMessage(HttpMethod.Delete, "/hooks/HOOK_ID/secrets")
        {
            Content = new StringContent("[\"HOOK_SECRET_KEY\"]", Encoding.UTF8, "application/json"),
        };
        (await client.SendAsync(delete)).EnsureSuccessStatusCode();
        using var patch = new HttpRequestMessage(HttpMethod.Patch, "/hooks/HOOK_ID")
        {
            Content = new StringContent("{\"enabled\":false}", Encoding.UTF8, "application/json"),
        };
        (await client.SendAsync(patch)).EnsureSuccessStatusCode();

        var requests = server.Requests;
        Assert.Equal(2, requests.Count);
        Assert.Equal(("DELETE", "/hooks/HOOK_ID/secrets", "[\"HOOK_SECRET_KEY\"]"), (requests[0].Method, requests[0].RawTarget, Encoding.UTF8.GetString(requests[0].Body)));
        Assert.Equal(["application/json; charset=utf-8"], requests[0].HeaderValues("Content-Type"));
        Assert.Equal(("PATCH", "/hooks/HOOK_ID", "{\"enabled\":false}"), (requests[1].Method, requests[1].RawTarget, Encoding.UTF8.GetString(requests[1].Body)));
    }

    [Fact]
    public async Task Http2_negotiated_through_alpn_is_recorded()
    {
        await using var server = await RecordingServer.StartAsync();
        using var client = server.CreateClient();
        using var message = new HttpRequestMessage(HttpMethod.Post, "/h2?a=%2F")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new StringContent("{}", new MediaTypeHeaderValue("application/json")),
        };
        message.Headers.Add("X-Custom", "v");

        using var response = await client.SendAsync(message);

        Assert.Equal(HttpVersion.Version20, response.Version);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("HTTP/2", "POST", "/h2?a=%2F"), (request.Protocol, request.Method, request.RawTarget));
        Assert.Equal(["v"], request.HeaderValues("x-custom"));
        Assert.Equal(["application/json"], request.HeaderValues("content-type"));
        Assert.Equal("{}"u8.ToArray(), request.Body);
    }

    [Fact]
    public async Task Queued_responses_are_returned_in_order_then_the_responder_answers()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Enqueue(RecordedResponse.Json(429, "{\"error\":\"Too Many Requests\"}", ("Retry-After", "1")));
        server.Enqueue(new RecordedResponse(204, [], null));
        server.Responder = request => RecordedResponse.Json(201, $"{{\"seen\":\"{request.Method}\"}}");
        using var client = server.CreateClient();

        using var first = await client.GetAsync("/r");
        using var second = await client.GetAsync("/r");
        using var third = await client.PostAsync("/r", new StringContent("x"));

        Assert.Equal((HttpStatusCode)429, first.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), first.Headers.RetryAfter?.Delta);
        Assert.Equal("{\"error\":\"Too Many Requests\"}", await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, second.StatusCode);
        Assert.Equal(HttpStatusCode.Created, third.StatusCode);
        Assert.Equal("{\"seen\":\"POST\"}", await third.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WaitForRequestAsync_returns_each_request_once_in_order_and_times_out_when_none_comes()
    {
        await using var server = await RecordingServer.StartAsync();
        using var client = server.CreateClient();

        var waiting = server.WaitForRequestAsync(TimeSpan.FromSeconds(30));
        Assert.False(waiting.IsCompleted);
        (await client.GetAsync("/one")).EnsureSuccessStatusCode();
        (await client.GetAsync("/two")).EnsureSuccessStatusCode();

        Assert.Equal("/one", (await waiting).RawTarget);
        Assert.Equal("/two", (await server.WaitForRequestAsync(TimeSpan.FromSeconds(30))).RawTarget);
        await Assert.ThrowsAsync<TimeoutException>(() => server.WaitForRequestAsync(TimeSpan.FromMilliseconds(100)));

        server.Clear();
        Assert.Empty(server.Requests);
        (await client.GetAsync("/three")).EnsureSuccessStatusCode();
        Assert.Equal("/three", (await server.WaitForRequestAsync(TimeSpan.FromSeconds(30))).RawTarget);
    }

    [Fact]
    public async Task Base_addresses_are_loopback_with_dynamic_ports()
    {
        await using var plain = await RecordingServer.StartAsync(new RecordingServerOptions { EnablePlainHttp = true });
        await using var tlsOnly = await RecordingServer.StartAsync();

        Assert.Equal("https", plain.BaseAddress.Scheme);
        Assert.Equal("127.0.0.1", plain.BaseAddress.Host);
        Assert.Equal("/", plain.BaseAddress.AbsolutePath);
        Assert.Equal("http", plain.HttpBaseAddress?.Scheme);
        Assert.NotEqual(plain.BaseAddress.Port, plain.HttpBaseAddress!.Port);
        Assert.Null(tlsOnly.HttpBaseAddress);

        using var http = new HttpClient();
        Assert.Equal("{}", await http.GetStringAsync(new Uri(plain.HttpBaseAddress, "plain")));
        Assert.Equal("/plain", Assert.Single(plain.Requests).RawTarget);
    }

    /// <summary>A read-only stream that hides its length, so HttpClient must send it chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            // Small reads make several chunks.
            var n = Math.Min(Math.Min(count, 1000), data.Length - _position);
            Array.Copy(data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
