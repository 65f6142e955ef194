using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Tests.Rendering;

public sealed class ReferenceTemplateTests
{
    private static readonly SnippetRenderer Renderer = new(TemplatePack.Embedded);

    internal static string Render(string targetId, string operationId, string? json = null)
    {
        var api = TestDescriptions.Read(json ?? TestDescriptions.Hooks);
        var model = RequestModelBuilder.Build(api).Single(m => m.Operation.Id == operationId);
        var target = TargetCatalogue.BuiltIn.Single(t => t.Id == targetId);
        return Renderer.Render(target, model, new ApiFacts(api.Name, api.Title));
    }

    [Fact]
    public void CurlSendsTheBodyAsCompactJsonWithOneOptionPerLine()
    {
        Assert.Equal(
            """
            #!/bin/sh
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
}
