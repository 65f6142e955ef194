using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Tests.Rendering;

public sealed class TemplatePackTests
{
    private static SnippetTarget Shipped(string id) => TemplatePack.Embedded.Targets.Single(t => t.Id == id);

    [Fact]
    public void EveryTargetFolderOfTheRepositoryIsEmbeddedWithItsTemplateAndFacts()
    {
        var pack = TemplatePack.Embedded;
        var folders = Directory.GetDirectories(RepositoryRoot.File("templates"))
            .SelectMany(Directory.GetDirectories)
            .Select(folder => Path.GetFileName(Path.GetDirectoryName(folder)) + "-" + Path.GetFileName(folder))
            .Order(StringComparer.Ordinal);
        Assert.Equal(folders, pack.Targets.Select(t => t.Id).Order(StringComparer.Ordinal));
        Assert.Empty(pack.MissingTargets);
        Assert.Empty(pack.Warnings);
        Assert.Equal("templates/shell/curl/curl.sbn", pack.Find(Shipped("shell-curl"))!.Path);
        Assert.Equal(File.ReadAllText(RepositoryRoot.File("templates", "shell", "curl", "curl.sbn")), pack.Find(Shipped("shell-curl"))!.Text);
        Assert.Equal(
            new SnippetTarget("python", "requests", "Python (requests)", 90, "py", "python", "Python", "python", true, "apt-get install python3 python3-requests", Shipped("python-requests").Toolchain),
            Shipped("python-requests"));
        Assert.Equal(["python3", "python3-requests"], Shipped("python-requests").Toolchain.Debian);
        Assert.Equal([new PackagePin("axios", "1")], Shipped("node-axios").Toolchain.Npm);
    }

    [Fact]
    public void TargetsAreListedByOrderThenId()
    {
        Assert.Equal(
            ["shell-curl", "shell-wget", "shell-httpie", "http-http11", "csharp-client", "csharp-httpclient", "csharp-restsharp", "go-nethttp", "go-resty", "java-httpclient", "java-okhttp", "java-unirest", "java-asynchttp", "kotlin-okhttp", "clojure-cljhttp", "javascript-fetch", "javascript-xhr", "javascript-axios", "javascript-jquery", "node-fetch", "node-axios", "node-native", "node-undici", "typescript-fetch", "php-curl", "php-guzzle", "php-http", "python-requests", "python-httpx", "python-urllib", "python-httpclient", "ruby-nethttp", "ruby-faraday", "ruby-httparty", "r-httr", "powershell-restmethod", "powershell-webrequest", "swift-urlsession", "objc-nsurlsession", "c-libcurl", "rust-reqwest", "crystal-native", "ocaml-cohttp"],
            TemplatePack.Embedded.Targets.Select(t => t.Id));
        Assert.Equal(
            ["Shell", "Shell", "Shell", "HTTP", "C#", "C#", "C#", "Go", "Go", "Java", "Java", "Java", "Java", "Kotlin", "Clojure", "JavaScript", "JavaScript", "JavaScript", "JavaScript", "JavaScript", "JavaScript", "JavaScript", "JavaScript", "TypeScript", "PHP", "PHP", "PHP", "Python", "Python", "Python", "Python", "Ruby", "Ruby", "Ruby", "R", "PowerShell", "PowerShell", "Swift", "Objective-C", "C", "Rust", "Crystal", "OCaml"],
            TemplatePack.Embedded.Targets.Select(t => t.CodeSamplesLang));
    }

    [Fact]
    public void TheTargetsTableOfTheDocsListsTheFoldersInDocsOrder()
    {
        var docs = File.ReadAllText(RepositoryRoot.File("docs", "templates.md"));
        var table = docs[docs.IndexOf("| id | template | file | display name | x-codeSamples lang | runner |", StringComparison.Ordinal)..];
        var rows = table.Split('\n').Skip(2).TakeWhile(line => line.StartsWith('|')).ToArray();

        Assert.Equal(
            TemplatePack.Embedded.Targets.Select(t => $"| {t.Id} | {t.TemplatePath} | .{t.Extension} | {t.DisplayName} | {t.CodeSamplesLang} | {t.Runner} |"),
            rows);
    }

    [Fact]
    public void AFolderTargetReplacesTheShippedOneOfItsIdOrJoinsThem()
    {
        using var folder = new TempFolder();
        var curl = folder.Write("shell/curl/curl.sbn", "custom");
        folder.Write("python/requests/target.json", TargetJson("python-requests", "Requests", order: 5));
        folder.Write("python/urlopen/urlopen.sbn", "urlopen");
        folder.Write("python/urlopen/target.json", TargetJson("python-urlopen", "Python (urlopen)", order: 98));
        folder.Write("README.md", "not a template");
        var pack = TemplatePack.WithOverrides(folder.Path);

        Assert.Equal(curl, pack.Find(Shipped("shell-curl"))!.Path);
        Assert.Equal("custom", pack.Find(Shipped("shell-curl"))!.Text);
        var requests = pack.Targets.Single(t => t.Id == "python-requests");
        Assert.Equal(("Requests", 5), (requests.DisplayName, requests.Order));
        Assert.Equal("templates/python/requests/requests.sbn", pack.Find(requests)!.Path);
        Assert.Equal(
            ["python-requests", "shell-curl", "shell-wget"],
            pack.Targets.Take(3).Select(t => t.Id));
        Assert.Equal(["python-urllib", "python-urlopen", "python-httpclient"], pack.Targets.SkipWhile(t => t.Id != "python-urllib").Take(3).Select(t => t.Id));
        Assert.Empty(pack.Warnings);
    }

    [Fact]
    public void AFolderWithoutTargetJsonInheritsFromTheShippedTargetOfItsIdThenOfItsLanguage()
    {
        using var folder = new TempFolder();
        folder.Write("go/nethttp/nethttp.sbn", "go");
        folder.Write("python/aiohttp/aiohttp.sbn", "aiohttp");
        folder.Write("node/got/got.sbn", "got");
        folder.Write("dart/http/http.sbn", "dart");
        var pack = TemplatePack.WithOverrides(folder.Path);

        Assert.Equal(Shipped("go-nethttp"), pack.Targets.Single(t => t.Id == "go-nethttp"));
        Assert.Equal(
            Shipped("python-requests") with { Client = "aiohttp", DisplayName = "Python (aiohttp)", Order = null },
            pack.Targets.Single(t => t.Id == "python-aiohttp"));
        Assert.Equal("JavaScript (got)", pack.Targets.Single(t => t.Id == "node-got").DisplayName);
        Assert.Equal(
            new SnippetTarget("dart", "http", "dart (http)", null, "dart", "dart", null, null, false, null, TargetToolchain.None),
            pack.Targets.Single(t => t.Id == "dart-http"));
        Assert.Equal(["dart-http", "node-got", "python-aiohttp"], pack.Targets.TakeLast(3).Select(t => t.Id));
    }

    [Fact]
    public void TemplatesInTheOldLayoutAreReadWithAWarningAtTheFile()
    {
        using var folder = new TempFolder();
        var curl = folder.Write("shell/curl.sbn", "old curl");
        var got = folder.Write("node/got.sbn", "old got");
        var pack = TemplatePack.WithOverrides(folder.Path);

        Assert.Equal("old curl", pack.Find(Shipped("shell-curl"))!.Text);
        Assert.Equal(Shipped("shell-curl"), pack.Targets.Single(t => t.Id == "shell-curl"));
        Assert.Equal("old got", pack.Find(pack.Targets.Single(t => t.Id == "node-got"))!.Text);
        Assert.Equal(
            [
                $"{got}(1,1): warning HS3005: 'node/got.sbn' is in the old layout <language>/<client>.sbn: move it to node/got/got.sbn, beside an optional target.json (docs/templates.md)",
                $"{curl}(1,1): warning HS3005: 'shell/curl.sbn' is in the old layout <language>/<client>.sbn: move it to shell/curl/curl.sbn, beside an optional target.json (docs/templates.md)",
            ],
            pack.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void AnInvalidTargetJsonIsALocatedErrorAndNoPack()
    {
        using var folder = new TempFolder();
        var file = folder.Write("python/urllib/target.json", TargetJson("python-urllib", "Python (urllib)", order: 95).Replace("\"extension\": \"py\"", "\"extension\": \".py\"", StringComparison.Ordinal));
        folder.Write("ruby/faraday/target.json", "{ \"id\": ");

        var error = Assert.Throws<TemplatePackException>(() => TemplatePack.WithOverrides(folder.Path));

        Assert.Equal(2, error.Diagnostics.Count);
        Assert.Equal($"{file}(5,16): error HS3004: 'extension' must be lower-case letters and digits, without the dot, not \".py\"", error.Diagnostics[0].ToString());
        Assert.StartsWith($"{folder.Path}/ruby/faraday/target.json(1,", error.Diagnostics[1].ToString());
        Assert.Equal("HS1001", error.Diagnostics[1].Id);
    }

    [Theory]
    [InlineData("Shell/curl/curl.sbn")]
    [InlineData("curl.sbn")]
    [InlineData("shell/curl/other.sbn")]
    [InlineData("shell/extra/curl/curl.sbn")]
    [InlineData("shell/my-curl.sbn")]
    public void ATemplateWithAnUnusableNameIsRefused(string path)
    {
        using var folder = new TempFolder();
        folder.Write(path, "x");
        var error = Assert.Throws<TemplatePackException>(() => TemplatePack.WithOverrides(folder.Path));
        Assert.Contains("<language>/<client>/<client>.sbn", error.Message);
    }

    [Theory]
    [InlineData("Shell/curl/target.json")]
    [InlineData("shell/target.json")]
    [InlineData("shell/curl/extra/target.json")]
    public void ATargetJsonOutsideATargetFolderIsRefused(string path)
    {
        using var folder = new TempFolder();
        folder.Write(path, "{}");
        var error = Assert.Throws<TemplatePackException>(() => TemplatePack.WithOverrides(folder.Path));
        Assert.Contains("is not in a target folder <language>/<client>/", error.Message);
    }

    [Fact]
    public void ATargetWithTemplatesInBothLayoutsIsRefused()
    {
        using var folder = new TempFolder();
        folder.Write("shell/curl.sbn", "old");
        folder.Write("shell/curl/curl.sbn", "new");
        var error = Assert.Throws<TemplatePackException>(() => TemplatePack.WithOverrides(folder.Path));
        Assert.StartsWith("the target 'shell-curl' has two templates, ", error.Message);
    }

    [Fact]
    public void AMissingFolderIsRefused()
    {
        var error = Assert.Throws<TemplatePackException>(() => TemplatePack.WithOverrides("/nonexistent/templates"));
        Assert.Equal("the templates folder '/nonexistent/templates' does not exist", error.Message);
    }

    /// <summary>A complete target.json of the python runner; line 5 holds the extension.</summary>
    internal static string TargetJson(string id, string displayName, int order) => $$"""
        {
          "id": "{{id}}",
          "displayName": "{{displayName}}",
          "order": {{order}},
          "extension": "py",
          "fence": "python",
          "codeSamplesLang": "Python",
          "runner": "python",
          "keepsHeaderNameCase": true,
          "installHint": "apt-get install python3",
          "toolchain": { "debian": ["python3"], "npm": [], "nuget": [], "versionCommand": ["/usr/bin/python3", "--version"] }
        }
        """;
}
