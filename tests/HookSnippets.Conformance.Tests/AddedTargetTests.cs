using System.Text.Json;
using HookSnippets.Cli;
using HookSnippets.Verification;
using Xunit.Abstractions;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// A client added to a known language is one folder and no C#: Fixtures/added/python/urlopen/ (a minimal urllib template and its
/// target.json naming the python runner) given as <c>--templates</c> appears in the render, the docs pages and
/// manifest.json in its order, and verify runs its samples with the python runner against the recording server.
/// (python-urllib itself ships; this folder is another client name.) urllib capitalises header names (<c>Content-type</c>), so its target.json does not keep their case.
/// </summary>
[Collection(ConformanceSuite.Name)]
public sealed class AddedTargetTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("hooksnippets-added-").FullName;

    [Fact]
    public void An_added_folder_is_rendered_with_docs_page_and_manifest_entry()
    {
        var snippets = Path.Combine(_temp, "snippets");
        var error = new StringWriter();
        var exitCode = HookSnippetsCli.Run(["render", Repository.ShippedDescription, "--out", snippets, "--templates", Repository.Fixture("added")], new StringWriter(), error);

        Assert.True(exitCode == 0, error.ToString());
        Assert.Equal("", error.ToString());
        Assert.Contains("urllib.request.Request(url, data=payload, headers=headers, method=\"POST\")", File.ReadAllText(Path.Combine(snippets, "hooks.secrets.create", "python-urlopen.py")));
        var page = File.ReadAllText(Path.Combine(snippets, "hooks.secrets.create.md"));
        var requests = page.IndexOf("### Python (requests)\n\n```python\n", StringComparison.Ordinal);
        var urlopen = page.IndexOf("### Python (urlopen)\n\n```python\n", StringComparison.Ordinal);
        var httpClient = page.IndexOf("### Python (http.client)\n\n```python\n", StringComparison.Ordinal);
        Assert.True(requests > 0 && urlopen > requests && httpClient > urlopen, page);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(snippets, "manifest.json")));
        Assert.All(manifest.RootElement.GetProperty("operations").EnumerateArray(), operation =>
        {
            var samples = operation.GetProperty("samples").EnumerateArray().Select(s => (s.GetProperty("target").GetString(), s.GetProperty("language").GetString(), s.GetProperty("file").GetString())).ToArray();
            Assert.Equal(HookSnippets.Snippets.Rendering.TemplatePack.Embedded.Targets.Count + 1, samples.Length);
            Assert.Contains(("python-urlopen", "python", operation.GetProperty("id").GetString() + "/python-urlopen.py"), samples);
        });
    }

    [SkippableFact]
    public void Verify_runs_the_added_target_with_the_python_runner()
    {
        var report = Verification.Run(Repository.ShippedDescription, output, ["python-urlopen"], templates: Repository.Fixture("added"));
        Verification.SkipUnlessComplete(report);

        Assert.Equal(["python-urlopen"], report.Targets.Select(t => t.Id));
        Assert.Equal("python", Assert.Single(report.Toolchains).Name);
        Assert.Equal(9, report.Results.Count);
        Assert.All(report.Results, result =>
        {
            Assert.True(result.Outcome == SampleOutcome.Pass, string.Join("\n", result.Differences) + "\n" + result.Log);
            Assert.Contains(result.Requests[0].Headers, h => h.Key == "User-Agent" && h.Value.StartsWith("Python-urllib/", StringComparison.Ordinal));
        });
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
