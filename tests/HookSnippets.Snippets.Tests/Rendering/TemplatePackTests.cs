using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Tests.Rendering;

public sealed class TemplatePackTests
{
    [Fact]
    public void TheShippedTemplatesAreEmbeddedUnderTheirRepositoryPath()
    {
        var pack = TemplatePack.Embedded;
        Assert.Contains(pack.Targets, t => t.Id == "shell-curl");
        Assert.Contains(pack.Targets, t => t.Id == "python-requests");
        Assert.Equal("templates/shell/curl.sbn", pack.Find(TargetCatalogue.For("shell", "curl"))!.Path);
        var root = RepositoryRoot.Find();
        Assert.Equal(File.ReadAllText(Path.Combine(root, "templates", "shell", "curl.sbn")), pack.Find(TargetCatalogue.For("shell", "curl"))!.Text);
        Assert.Equal(TargetCatalogue.BuiltIn.Count, pack.Targets.Count + pack.MissingTargets.Count);
        Assert.All(pack.MissingTargets, t => Assert.False(File.Exists(Path.Combine(root, "templates", t.Language, t.Client + ".sbn"))));
    }

    [Fact]
    public void AFolderOverridesShippedTemplatesAndAddsTargets()
    {
        using var folder = new TempFolder();
        var curl = folder.Write("shell/curl.sbn", "custom");
        folder.Write("dart/http.sbn", "dart");
        folder.Write("node/got.sbn", "got");
        folder.Write("README.md", "not a template");
        var pack = TemplatePack.WithOverrides(folder.Path);

        Assert.Equal(curl, pack.Find(TargetCatalogue.For("shell", "curl"))!.Path);
        Assert.Equal("custom", pack.Find(TargetCatalogue.For("shell", "curl"))!.Text);
        Assert.Equal("templates/python/requests.sbn", pack.Find(TargetCatalogue.For("python", "requests"))!.Path);
        var added = pack.Targets.Where(t => !TargetCatalogue.BuiltIn.Contains(t)).ToArray();
        Assert.Equal(
            [new SnippetTarget("dart", "http", "dart", "dart (http)", "dart"), new SnippetTarget("node", "got", "mjs", "Node.js (got)", "javascript")],
            added);
        Assert.Equal("node-got.mjs", added[1].FileName);
        Assert.Equal(pack.Targets.Count - 2, pack.Targets.TakeWhile(t => TargetCatalogue.BuiltIn.Contains(t)).Count());
    }

    [Theory]
    [InlineData("Shell/curl.sbn")]
    [InlineData("curl.sbn")]
    [InlineData("shell/extra/curl.sbn")]
    [InlineData("shell/my-curl.sbn")]
    public void ATemplateWithAnUnusableNameIsRefused(string path)
    {
        using var folder = new TempFolder();
        folder.Write(path, "x");
        var error = Assert.Throws<TemplatePackException>(() => TemplatePack.WithOverrides(folder.Path));
        Assert.Contains("<language>/<client>.sbn", error.Message);
    }

    [Fact]
    public void AMissingFolderIsRefused()
    {
        var error = Assert.Throws<TemplatePackException>(() => TemplatePack.WithOverrides("/nonexistent/templates"));
        Assert.Equal("the templates folder '/nonexistent/templates' does not exist", error.Message);
    }
}
