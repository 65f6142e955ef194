using System.Text;

namespace HookSnippets.Snippets.Output;

public enum DifferenceKind
{
    /// <summary>On disk with other content.</summary>
    Stale,

    /// <summary>Rendered but not on disk.</summary>
    Missing,

    /// <summary>On disk but not rendered.</summary>
    Extra,
}

public sealed record FileDifference(string Path, DifferenceKind Kind, string Diff);

/// <summary>What <c>hooksnippets check</c> reports: how the folder on disk differs from a fresh render.</summary>
public static class FolderComparison
{
    public static IReadOnlyList<FileDifference> Compare(string directory, RenderedFiles expected)
    {
        var differences = new List<FileDifference>();
        var onDisk = SnippetFolder.List(directory);
        foreach (var path in onDisk.Union(expected.Paths).Order(StringComparer.Ordinal))
        {
            var exists = onDisk.Contains(path);
            if (!expected.Contains(path))
            {
                differences.Add(new FileDifference(path, DifferenceKind.Extra, UnifiedDiff.Create("a/" + path, "/dev/null", Read(directory, path), string.Empty)));
            }
            else if (!exists)
            {
                differences.Add(new FileDifference(path, DifferenceKind.Missing, UnifiedDiff.Create("/dev/null", "b/" + path, string.Empty, expected[path])));
            }
            else
            {
                var actual = Read(directory, path);
                if (actual != expected[path])
                {
                    differences.Add(new FileDifference(path, DifferenceKind.Stale, UnifiedDiff.Create("a/" + path, "b/" + path, actual, expected[path])));
                }
            }
        }

        return differences;
    }

    private static string Read(string directory, string path) =>
        Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(directory, path)));
}
