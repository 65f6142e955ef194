using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Tests.Rendering;

public sealed class ReferenceTemplateTests
{
    private static readonly SnippetRenderer Renderer = new(TemplatePack.Embedded);

    internal static string Render(string targetId, string operationId, string? json = null, ServerAddress? baseUrl = null) =>
        Render(targetId, operationId, TestDescriptions.Read(json ?? TestDescriptions.Hooks), baseUrl);

    private static string Render(string targetId, string operationId, ApiDescription api, ServerAddress? baseUrl = null)
    {
        var model = RequestModelBuilder.Build(api, baseUrl).Single(m => m.Operation.Id == operationId);
        var target = TargetCatalogue.BuiltIn.Single(t => t.Id == targetId);
        return Renderer.Render(target, model, new ApiFacts(api.Name, api.Title));
    }

    [Fact]
    public void CurlSendsTheBodyAsCompactJsonWithOneOptionPerLine()
    {
        Assert.Equal(
            """
            #!/usr/bin/env bash
            curl --request POST \
              --url 'https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets' \
              --header 'Authorization: Bearer MGMT_API_ACCESS_TOKEN' \
              --header 'Content-Type: application/json' \
              --data '{"HOOK_SECRET_KEY":"HOOK_SECRET_VALUE"}' \
              --silent \
              --show-error \
              --fail-with-body \
              --write-out '\n%{http_code}\n'

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
}
