using System.Text;

namespace HookSnippets.RecordingServer.Tests;

/// <summary>Real runtimes reach the server while trusting the test CA through their own settings.</summary>
public sealed class ToolchainClientTests
{
    [SkippableFact]
    public async Task Curl_with_the_bundle_and_expect_100_continue_sends_its_body()
    {
        var curl = Toolchain.Require("curl", "apt-get install curl");
        await using var server = await RecordingServer.StartAsync();
        using var folder = new TempFolder();
        var bundle = server.Authority.WriteBundle(folder.Path);
        var bodyFile = Path.Combine(folder.Path, "body.json");
        var body = "{\"HOOK_SECRET_KEY\":\"HOOK_SECRET_VALUE\",\"big\":\"" + new string('x', 200_000) + "\"}";
        await File.WriteAllTextAsync(bodyFile, body);

        var result = await ProcessRunner.RunAsync(
            curl,
            ["--silent", "--show-error", "--fail", "--http1.1", "--request", "POST",
             "--url", new Uri(server.BaseAddress, "hooks/HOOK_ID/secrets?x=%20y").AbsoluteUri,
             "--header", "Content-Type: application/json", "--header", "Expect: 100-continue",
             "--data-binary", "@" + bodyFile],
            new Dictionary<string, string> { ["CURL_CA_BUNDLE"] = bundle });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("{}", result.Output);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/hooks/HOOK_ID/secrets?x=%20y"), (request.Method, request.RawTarget));
        Assert.Equal(["100-continue"], request.HeaderValues("Expect"));
        Assert.Equal(Encoding.UTF8.GetBytes(body), request.Body);
    }

    [SkippableFact]
    public async Task Curl_without_the_test_ca_is_refused()
    {
        var curl = Toolchain.Require("curl", "apt-get install curl");
        await using var server = await RecordingServer.StartAsync();

        var result = await ProcessRunner.RunAsync(curl, ["--silent", "--show-error", server.BaseAddress.ToString()]);

        Assert.Equal(60, result.ExitCode); // CURLE_PEER_FAILED_VERIFICATION
        Assert.Empty(server.Requests);
    }

    [SkippableFact]
    public async Task Python_http_client_with_ssl_cert_file_reaches_the_server()
    {
        var python = Toolchain.Require("/usr/bin/python3", "apt-get install python3");
        await using var server = await RecordingServer.StartAsync();
        using var folder = new TempFolder();
        var bundle = server.Authority.WriteBundle(folder.Path);
        const string script = """
            import http.client, ssl, sys
            conn = http.client.HTTPSConnection(sys.argv[1], int(sys.argv[2]), context=ssl.create_default_context())
            conn.request("PATCH", "/hooks/h%C3%A9?q=%F0%9F%98%80", body='{"name":"é"}'.encode("utf-8"),
                         headers={"Content-Type": "application/json", "authorization": "Bearer MGMT_API_ACCESS_TOKEN"})
            response = conn.getresponse()
            print(response.status, response.read().decode("utf-8"))
            """;

        var result = await ProcessRunner.RunAsync(
            python,
            ["-c", script, server.BaseAddress.Host, server.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            new Dictionary<string, string> { ["SSL_CERT_FILE"] = bundle });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("200 {}\n", result.Output);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("PATCH", "/hooks/h%C3%A9?q=%F0%9F%98%80"), (request.Method, request.RawTarget));
        Assert.Contains(new KeyValuePair<string, string>("authorization", "Bearer MGMT_API_ACCESS_TOKEN"), request.Headers);
        Assert.Equal(Encoding.UTF8.GetBytes("{\"name\":\"é\"}"), request.Body);
    }

    [SkippableFact]
    public async Task Node_fetch_with_node_extra_ca_certs_sends_delete_with_a_body()
    {
        var node = Toolchain.Require("node", "install Node.js 18 or later");
        await using var server = await RecordingServer.StartAsync();
        using var folder = new TempFolder();
        var caPem = server.Authority.WriteCaPem(folder.Path);
        const string script = """
            const response = await fetch(process.env.TARGET_URL, {
              method: 'DELETE',
              headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer MGMT_API_ACCESS_TOKEN' },
              body: JSON.stringify(['HOOK_SECRET_KEY']),
            });
            console.log(response.status, await response.text());
            """;

        var result = await ProcessRunner.RunAsync(
            node,
            ["--input-type=module", "--eval", script],
            new Dictionary<string, string>
            {
                ["NODE_EXTRA_CA_CERTS"] = caPem,
                ["TARGET_URL"] = new Uri(server.BaseAddress, "hooks/HOOK_ID/secrets").AbsoluteUri,
            });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("200 {}\n", result.Output);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("DELETE", "/hooks/HOOK_ID/secrets"), (request.Method, request.RawTarget));
        Assert.Equal(["application/json"], request.HeaderValues("content-type"));
        Assert.Equal("[\"HOOK_SECRET_KEY\"]"u8.ToArray(), request.Body);
    }

    [SkippableFact]
    public async Task Java_http_client_uses_the_keytool_truststore_and_its_h2c_offer_is_ignored()
    {
        var java = Toolchain.Require("java", "install a JDK 17 or later");
        Toolchain.Require("keytool", "install a JDK 17 or later");
        await using var server = await RecordingServer.StartAsync(new RecordingServerOptions { EnablePlainHttp = true });
        using var folder = new TempFolder();
        var trustStore = server.Authority.WriteJavaTrustStore(folder.Path);
        Assert.NotNull(trustStore);
        var source = Path.Combine(folder.Path, "Probe.java");
        await File.WriteAllTextAsync(source, """
            import java.io.ByteArrayInputStream;
            import java.net.URI;
            import java.net.http.HttpClient;
            import java.net.http.HttpRequest;
            import java.net.http.HttpResponse;

            class Probe {
                public static void main(String[] args) throws Exception {
                    HttpClient client = HttpClient.newHttpClient();
                    for (String base : args) {
                        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "java?x=%20y"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}")).build();
                        HttpRequest streamed = HttpRequest.newBuilder(URI.create(base + "stream"))
                            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("streamed".getBytes()))).build();
                        for (HttpRequest request : new HttpRequest[] { post, streamed }) {
                            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                            System.out.println(response.version() + " " + response.statusCode() + " " + response.body());
                        }
                    }
                }
            }
            """);

        var result = await ProcessRunner.RunAsync(
            java,
            ["-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=" + TestCertificateAuthority.JavaTrustStorePassword,
             "-Djavax.net.ssl.trustStoreType=PKCS12", source, server.HttpBaseAddress!.ToString(), server.BaseAddress.ToString()]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("HTTP_1_1 200 {}\nHTTP_1_1 200 {}\nHTTP_2 200 {}\nHTTP_2 200 {}\n", result.Output);
        var requests = server.Requests;
        Assert.Equal(
            ["HTTP/1.1 POST /java?x=%20y {\"a\":1}", "HTTP/1.1 POST /stream streamed", "HTTP/2 POST /java?x=%20y {\"a\":1}", "HTTP/2 POST /stream streamed"],
            requests.Select(r => $"{r.Protocol} {r.Method} {r.RawTarget} {Encoding.UTF8.GetString(r.Body)}"));
        Assert.Equal(["chunked"], requests[1].HeaderValues("Transfer-Encoding"));
    }
}
