using System.Text.Json;
using HookSnippets.Snippets.Rendering;

namespace HookSnippets.Cli.Tests;

public sealed class RenderAndCheckTests
{
    [Fact]
    public void RenderWritesSamplesDocsPagesAndManifestThenCheckFindsThemUpToDate()
    {
        using var temp = new TempFolder();
        var outDir = temp["snippets"];
        var render = CliRun.Of("render", Paths.Endpoints, "--out", outDir);
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.True(File.Exists(Path.Combine(outDir, "hooks.secrets.create", "shell-curl.sh")));
        Assert.True(File.Exists(Path.Combine(outDir, "hooks.secrets.create", "python-requests.py")));
        Assert.True(File.Exists(Path.Combine(outDir, "hooks.secrets.create.md")));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        Assert.Equal(9, manifest.RootElement.GetProperty("operations").GetArrayLength());
        Assert.Matches(@"^Wrote \d+ files to ", render.Out);
        Assert.Contains($"\n  hooks.secrets.create: {TemplatePack.Embedded.Targets.Count} samples\n", render.Out.ReplaceLineEndings("\n"));

        var check = CliRun.Of("check", Paths.Endpoints, "--out", outDir);
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.StartsWith($"{outDir} is up to date (", check.Out);
    }

    [Fact]
    public void RenderingTwiceWritesTheSameBytesAndLeavesNoTemporaryFolders()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRun.Of("render", Paths.Hostile, "--out", temp["snippets"]).ExitCode);
        var first = temp.Snapshot("snippets");
        Assert.Equal(0, CliRun.Of("render", Paths.Hostile, "--out", temp["snippets"]).ExitCode);
        var second = temp.Snapshot("snippets");
        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, pair => Assert.Equal(pair.Value, second[pair.Key]));
        Assert.Equal(["snippets"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void CheckReportsStaleMissingAndExtraFilesWithAUnifiedDiff()
    {
        using var temp = new TempFolder();
        var outDir = temp["snippets"];
        Assert.Equal(0, CliRun.Of("render", Paths.Endpoints, "--out", outDir).ExitCode);
        var page = Path.Combine(outDir, "hooks.get.md");
        File.WriteAllText(page, File.ReadAllText(page).Replace("# ", "# Stale ", StringComparison.Ordinal));
        File.Delete(Path.Combine(outDir, "hooks.list", "shell-curl.sh"));
        temp.Write("snippets/hooks.list/notes.txt", "mine\n");

        var check = CliRun.Of("check", Paths.Endpoints, "--out", outDir);

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("--- a/hooks.get.md\n+++ b/hooks.get.md\n@@ -1,", check.Out);
        Assert.Contains("\n-# Stale ", check.Out);
        Assert.Contains("--- /dev/null\n+++ b/hooks.list/shell-curl.sh\n@@ -0,0 +1,", check.Out);
        Assert.Contains("--- a/hooks.list/notes.txt\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-mine\n", check.Out);
        Assert.Contains($"{outDir} is out of date: 1 stale, 1 missing, 1 extra;", check.Error);
    }

    [Fact]
    public void CheckOfAFolderThatWasNeverRenderedReportsEveryFileMissing()
    {
        using var temp = new TempFolder();
        var check = CliRun.Of("check", Paths.Endpoints, "--out", temp["snippets"], "--target", "shell-curl", "--operation", "hooks.get");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("0 stale, 6 missing, 0 extra", check.Error);
    }

    [Fact]
    public void SelectionOptionsApplyToRenderAndCheckAlike()
    {
        using var temp = new TempFolder();
        string[] selection = ["--out", temp["snippets"], "--target", "python", "--operation", "hooks.get", "--operation", "hooks.delete"];
        Assert.Equal(0, CliRun.Of(["render", Paths.Endpoints, .. selection]).ExitCode);
        // Every Python client, and nothing else, for the two operations.
        var python = TemplatePack.Embedded.Targets.Where(t => t.Language == "python").Select(t => t.Id + ".py").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["groups/hooks.md", "hooks.delete.md", .. python.Select(p => "hooks.delete/" + p), "hooks.get.md", .. python.Select(p => "hooks.get/" + p), "index.md", "manifest.json", "types.md"],
            temp.Snapshot("snippets").Keys.Select(k => k.Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Equal(0, CliRun.Of(["check", Paths.Endpoints, .. selection]).ExitCode);
        Assert.Equal(1, CliRun.Of("check", Paths.Endpoints, "--out", temp["snippets"]).ExitCode);
    }

    [Fact]
    public void ATemplateErrorWritesNothingAndKeepsThePreviousFolder()
    {
        using var temp = new TempFolder();
        var outDir = temp["snippets"];
        Assert.Equal(0, CliRun.Of("render", Paths.Endpoints, "--out", outDir).ExitCode);
        var before = temp.Snapshot("snippets");
        var template = temp.Write("templates/python/requests/requests.sbn", "ok\n{{ request.urll }}\n");

        var run = CliRun.Of("render", Paths.Endpoints, "--out", outDir, "--templates", temp["templates"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{template}(2,12): error HS3001: Cannot get member with name urll.\n", run.Error);
        var after = temp.Snapshot("snippets");
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
        Assert.Equal(["snippets", "templates"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void ATemplateInTheOldLayoutIsRenderedWithAWarningAtTheFile()
    {
        using var temp = new TempFolder();
        var template = temp.Write("templates/shell/curl.sbn", "old layout\n");

        var run = CliRun.Of("render", Paths.Endpoints, "--out", temp["snippets"], "--templates", temp["templates"], "--target", "shell-curl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"{template}(1,1): warning HS3005: 'shell/curl.sbn' is in the old layout <language>/<client>.sbn: move it to shell/curl/curl.sbn, beside an optional target.json (docs/templates.md)\n",
            run.Error);
        Assert.Equal("old layout\n", File.ReadAllText(temp["snippets/hooks.get/shell-curl.sh"]));
    }

    [Fact]
    public void AnInvalidTargetJsonIsALocatedErrorForRenderCheckAndVerify()
    {
        using var temp = new TempFolder();
        var targetFile = temp.Write("templates/shell/curl/target.json", File.ReadAllText(Path.Combine(Paths.RepositoryRoot, "templates", "shell", "curl", "target.json")).Replace("\"order\": 10", "\"order\": \"first\"", StringComparison.Ordinal));
        var expected = $"{targetFile}(5,12): error HS3004: 'order' must be a whole number from 0 to 1000000, not a string\n";

        foreach (var command in new[] { "render", "check", "verify" })
        {
            var run = CliRun.Of(command, Paths.Endpoints, "--templates", temp["templates"]);
            Assert.Equal(1, run.ExitCode);
            Assert.Equal(expected, run.Error);
        }
    }

    [Fact]
    public void DescriptionErrorsStopRenderWithTheSameDiagnosticsAsValidate()
    {
        using var temp = new TempFolder();
        var file = temp.Write("endpoints.json", File.ReadAllText(Paths.Endpoints).Replace("\"GET\"", "\"FETCH\"", StringComparison.Ordinal));
        var validate = CliRun.Of("validate", file);
        var render = CliRun.Of("render", file, "--out", temp["snippets"]);
        Assert.Equal(1, render.ExitCode);
        Assert.Contains("error HS1008", render.Error);
        Assert.StartsWith(validate.Out[..validate.Out.IndexOf('\n', StringComparison.Ordinal)], render.Error);
        Assert.False(Directory.Exists(temp["snippets"]));
    }

    [Fact]
    public void RenderRefusesToReplaceAFolderItDidNotWrite()
    {
        using var temp = new TempFolder();
        temp.Write("docs/index.md", "mine");
        var run = CliRun.Of("render", Paths.Endpoints, "--out", temp["docs"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a snippets folder", run.Error);
        Assert.Equal("mine", File.ReadAllText(temp["docs/index.md"]));
    }

    [Theory]
    [InlineData("--base-url", "ftp://example.com", "error: --base-url: 'ftp://example.com' has the scheme 'ftp': only http and https are supported\n")]
    [InlineData("--templates", "/nonexistent/templates", "error: --templates: the templates folder '/nonexistent/templates' does not exist\n")]
    [InlineData("--target", "cobol", "error: unknown target 'cobol': ")]
    [InlineData("--operation", "hooks.nope", "error: unknown operation 'hooks.nope': the description has hooks.list, ")]
    public void BadOptionValuesExit2(string option, string value, string message)
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("render", Paths.Endpoints, "--out", temp["snippets"], option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, run.Error);
        Assert.False(Directory.Exists(temp["snippets"]));
    }

    [Fact]
    public void BaseUrlOverridePointsSamplesAndExpectedRequestsAtAnotherServer()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRun.Of("render", Paths.Endpoints, "--out", temp["snippets"], "--base-url", "https://127.0.0.1:8443").ExitCode);
        Assert.Contains("--url 'https://127.0.0.1:8443/hooks/HOOK_ID/secrets'", File.ReadAllText(temp["snippets/hooks.secrets.create/shell-curl.sh"]));
        using var manifest = JsonDocument.Parse(File.ReadAllText(temp["snippets/manifest.json"]));
        Assert.All(
            manifest.RootElement.GetProperty("operations").EnumerateArray(),
            op => Assert.StartsWith("https://127.0.0.1:8443/hooks", op.GetProperty("expectedRequest").GetProperty("url").GetString()));
    }

    [Theory]
    [InlineData("markdown", "### cURL\n\n```bash\n")]
    [InlineData("mkdocs", "=== \"cURL\"\n\n    ```bash\n")]
    [InlineData("docusaurus", "<TabItem value=\"shell-curl\" label=\"cURL\">\n\n```bash\n")]
    [InlineData("mintlify", "<CodeGroup>\n\n```bash cURL\n")]
    public void TheDocsFlavorShapesEveryPage(string flavor, string expected)
    {
        using var temp = new TempFolder();
        Assert.Equal(0, CliRun.Of("render", Paths.Endpoints, "--out", temp["snippets"], "--docs-flavor", flavor).ExitCode);
        // Operation pages are those beside a folder of samples; index.md and types.md show no sample.
        var operationPages = Directory.GetFiles(temp["snippets"], "*.md").Where(page => Directory.Exists(Path.ChangeExtension(page, null))).ToList();
        Assert.Equal(9, operationPages.Count);
        Assert.All(operationPages, page => Assert.Contains(expected, File.ReadAllText(page)));
    }
}
