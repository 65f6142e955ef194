using HookSnippets.Snippets.Output;

namespace HookSnippets.Snippets.Tests.Output;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void AChangedLineIsShownWithThreeLinesOfContext()
    {
        var old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var @new = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
            UnifiedDiff.Create("a/f", "b/f", old, @new));
    }

    [Fact]
    public void DistantChangesMakeSeparateHunks()
    {
        var old = string.Concat(Enumerable.Range(1, 20).Select(i => i + "\n"));
        var @new = string.Concat(Enumerable.Range(1, 20).Select(i => i switch { 2 => "two\n", 19 => "nineteen\n", _ => i + "\n" }));
        var diff = UnifiedDiff.Create("a/f", "b/f", old, @new);
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20\n",
            diff);
    }

    [Fact]
    public void AMissingFileIsAllAdded()
    {
        Assert.Equal("--- /dev/null\n+++ b/f\n@@ -0,0 +1,2 @@\n+a\n+b\n", UnifiedDiff.Create("/dev/null", "b/f", string.Empty, "a\nb\n"));
    }

    [Fact]
    public void AnExtraFileIsAllRemoved()
    {
        Assert.Equal("--- a/f\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-a\n", UnifiedDiff.Create("a/f", "/dev/null", "a\n", string.Empty));
    }

    [Fact]
    public void AMissingFinalNewlineIsAVisibleDifference()
    {
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n",
            UnifiedDiff.Create("a/f", "b/f", "a\nb", "a\nb\n"));
    }

    [Fact]
    public void IdenticalTextsHaveNoHunk()
    {
        Assert.Equal("--- a/f\n+++ b/f\n", UnifiedDiff.Create("a/f", "b/f", "x\n", "x\n"));
    }
}
