using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Snippets.Tests.Toolchains;

namespace HookSnippets.Snippets.Tests.Syntax;

public sealed class PythonHttpClientSyntaxTests
{
    [SkippableTheory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    [InlineData(TestSamples.EdgeCases)]
    public async Task Every_sample_compiles_without_warnings(string description)
    {
        var python = Toolchain.Require("python3", "/usr/bin/python3");

        // -W error turns compile-time warnings (an invalid escape sequence) into failures.
        await SyntaxCheck.AllFilesAsync("python-httpclient", description, python, files => ["-W", "error", "-m", "py_compile", .. files]);
    }

    [Theory]
    [InlineData("https://127.0.0.1:8443/api/v2", "http.client.HTTPSConnection(\"127.0.0.1\", 8443, timeout=30)")]
    [InlineData("http://localhost:8080", "http.client.HTTPConnection(\"localhost\", 8080, timeout=30)")]
    [InlineData("http://[::1]/api", "http.client.HTTPConnection(\"[::1]\", timeout=30)")]
    [InlineData("https://YOUR_DOMAIN/api/v2", "http.client.HTTPSConnection(\"YOUR_DOMAIN\", timeout=30)")]
    public void The_scheme_picks_the_connection_class_and_host_and_port_come_from_the_model(string baseUrl, string connection)
    {
        var sample = TestSamples.Render(TestSamples.Shipped, "python-httpclient", baseUrl).Single(s => s.Model.Operation.Id == "hooks.list");

        Assert.Contains("connection = " + connection + "\n", sample.Text, StringComparison.Ordinal);
        Assert.Contains($"connection.request(\"GET\", \"{sample.Model.Request.PathAndQuery}\", headers=headers)\n", sample.Text, StringComparison.Ordinal);
    }
}
