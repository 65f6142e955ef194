using HookSnippets.Snippets.Output;

namespace HookSnippets.Snippets.Tests.Output;

public sealed class SnippetFolderTests
{
    private static RenderedFiles Files(params (string Path, string Text)[] files)
    {
        var set = new RenderedFiles();
        foreach (var (path, text) in files)
        {
            set.Add(path, text);
        }

        return set;
    }

    [Fact]
    public void WritesTheFilesAsUtf8WithoutBomAndReplacesTheOldFolderWhole()
    {
        using var temp = new TempFolder();
        var outDir = Path.Combine(temp.Path, "snippets");
        SnippetFolder.Write(outDir, Files(("manifest.json", "{}\n"), ("a/old.sh", "old\n")));
        SnippetFolder.Write(outDir, Files(("manifest.json", "{}\n"), ("b/new.py", "é\n")));

        Assert.Equal(["b/new.py", "manifest.json"], SnippetFolder.List(outDir));
        Assert.Equal([0xC3, 0xA9, 0x0A], File.ReadAllBytes(Path.Combine(outDir, "b", "new.py")));
        Assert.Equal(["snippets"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void RefusesToReplaceAFolderItDidNotWrite()
    {
        using var temp = new TempFolder();
        temp.Write("docs/keep.md", "mine");
        var error = Assert.Throws<IOException>(() => SnippetFolder.Write(Path.Combine(temp.Path, "docs"), Files(("manifest.json", "{}\n"))));
        Assert.Contains("is not a snippets folder", error.Message);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(temp.Path, "docs", "keep.md")));
    }

    [Fact]
    public void AFailedWriteLeavesTheOldFolderAndNoStagingFolder()
    {
        using var temp = new TempFolder();
        var outDir = Path.Combine(temp.Path, "snippets");
        SnippetFolder.Write(outDir, Files(("manifest.json", "old\n")));
        var invalid = Files(("manifest.json", "new\n"), ("bad\0name", "x"));

        Assert.ThrowsAny<Exception>(() => SnippetFolder.Write(outDir, invalid));

        Assert.Equal("old\n", File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        Assert.Equal(["snippets"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void ComparisonReportsStaleMissingAndExtraFilesWithDiffs()
    {
        using var temp = new TempFolder();
        temp.Write("same.txt", "same\n");
        temp.Write("stale.txt", "old\n");
        temp.Write("sub/extra.txt", "extra\n");
        var expected = Files(("same.txt", "same\n"), ("stale.txt", "new\n"), ("missing.txt", "m\n"));

        var differences = FolderComparison.Compare(temp.Path, expected);

        Assert.Equal(
            [
                new FileDifference("missing.txt", DifferenceKind.Missing, "--- /dev/null\n+++ b/missing.txt\n@@ -0,0 +1,1 @@\n+m\n"),
                new FileDifference("stale.txt", DifferenceKind.Stale, "--- a/stale.txt\n+++ b/stale.txt\n@@ -1,1 +1,1 @@\n-old\n+new\n"),
                new FileDifference("sub/extra.txt", DifferenceKind.Extra, "--- a/sub/extra.txt\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-extra\n"),
            ],
            differences);
    }

    [Fact]
    public void AFolderThatDoesNotExistMissesEveryFile()
    {
        var differences = FolderComparison.Compare("/nonexistent/snippets", Files(("a", "x\n")));
        Assert.Equal(DifferenceKind.Missing, Assert.Single(differences).Kind);
    }
}
