using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Tests.Hostile;
using HookSnippets.Snippets.Tests.Samples;

namespace HookSnippets.Snippets.Tests.Rendering;

public sealed class ReferenceTemplateTests
{
    private static readonly SnippetRenderer Renderer = new(TemplatePack.Embedded);

    internal static string Render(string targetId, string operationId, string? json = null, ServerAddress? baseUrl = null) =>
        Render(targetId, operationId, TestDescriptions.Read(json ?? TestDescriptions.Hooks), baseUrl);

    private static string Render(string targetId, string operationId, ApiDescription api, ServerAddress? baseUrl = null)
    {
        var model = RequestModelBuilder.Build(api, baseUrl).Single(m => m.Operation.Id == operationId);
        var target = TestSamples.Targets.Single(t => t.Id == targetId);
        return Renderer.Render(target, model, new ApiFacts(api.Name, api.Title));
    }

    [Fact]
    public void CurlSendsThePrettyBodyWithOneOptionPerLineAndNoHarnessOptions()
    {
        Assert.Equal(
            """
            curl --request POST \
              --url 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets' \
              --header 'Authorization: Bearer MGMT_API_ACCESS_TOKEN' \
              --header 'Content-Type: application/json' \
              --data '{
              "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE"
            }'

            """,
            Render("shell-curl", "hooks.secrets.create"));
    }

    [Fact]
    public void PythonRequestsPassesTheBodyAsANativeValue()
    {
        Assert.Equal(
            """
            import requests

            url = "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets"
            headers = {
                "Authorization": "Bearer MGMT_API_ACCESS_TOKEN",
                "Content-Type": "application/json",
            }
            payload = {
                "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE"
            }

            response = requests.post(url, headers=headers, json=payload, timeout=30)
            print(response.status_code)
            print(response.text)
            response.raise_for_status()

            """,
            Render("python-requests", "hooks.secrets.create"));
    }

    [Fact]
    public void CurlTurnsGlobbingOffOnlyWhenTheUrlHasBracketsOrBraces()
    {
        Assert.DoesNotContain("--globoff", Render("shell-curl", "hooks.list"));
        Assert.Contains("  --url 'http://[::1]:8080/hooks?page=0&", Render("shell-curl", "hooks.list", baseUrl: ServerAddress.Parse("http://[::1]:8080")));
        Assert.Contains("\n  --globoff \\\n", Render("shell-curl", "hooks.list", baseUrl: ServerAddress.Parse("http://[::1]:8080")));
    }

    [Fact]
    public void PythonRequestsWithoutBodyPassesOnlyUrlAndHeaders()
    {
        var code = Render("python-requests", "hooks.list");
        Assert.Contains("url = \"https://YOUR_DOMAIN/api/v2/hooks?page=0&fields=name%2Cenabled&enabled=true&triggerId=a%20b&triggerId=c%26d&tags=x%2Cy,z\"\n", code);
        Assert.Contains("\nresponse = requests.get(url, headers=headers, timeout=30)\n", code);
        Assert.DoesNotContain("payload", code);
    }

    [Fact]
    public void PythonRequestsSendsANullBodyAsJsonText()
    {
        var api = TestDescriptions.HooksChanged("hooks.secrets.delete", o => o with { Body = o.Body! with { Example = new JsonNull(default) } });
        var code = Render("python-requests", "hooks.secrets.delete", api);
        Assert.Contains("payload = \"null\"\n", code);
        Assert.Contains("data=payload.encode(\"utf-8\")", code);
    }

    /// <summary>Without the tag php prints the source and exits 0: its compiler passes it, and no request is ever sent.</summary>
    [Fact]
    public void EveryPhpSampleOpensWithThePhpTag()
    {
        var samples = TestSamples.Render(TestSamples.Shipped, "php-curl")
            .Concat(TestSamples.Render(TestSamples.Hostile, "php-curl"))
            .Concat(TestSamples.Render(HostileCorpus.ForTemplates.Description, "php-curl"));
        Assert.All(samples, sample => Assert.StartsWith("<?php\n", sample.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://127.0.0.1:8443/api/v2", "http.client.HTTPSConnection(\"127.0.0.1\", 8443, timeout=30)")]
    [InlineData("http://localhost:8080", "http.client.HTTPConnection(\"localhost\", 8080, timeout=30)")]
    [InlineData("http://[::1]/api", "http.client.HTTPConnection(\"[::1]\", timeout=30)")]
    [InlineData("https://YOUR_DOMAIN/api/v2", "http.client.HTTPSConnection(\"YOUR_DOMAIN\", timeout=30)")]
    public void PythonHttpClientPicksTheConnectionClassByTheSchemeAndTakesHostAndPortFromTheModel(string baseUrl, string connection)
    {
        var sample = TestSamples.Render(TestSamples.Shipped, "python-httpclient", baseUrl).Single(s => s.Model.Operation.Id == "hooks.list");

        Assert.Contains("connection = " + connection + "\n", sample.Text, StringComparison.Ordinal);
        Assert.Contains($"connection.request(\"GET\", \"{sample.Model.Request.PathAndQuery}\", headers=headers)\n", sample.Text, StringComparison.Ordinal);
    }
}
