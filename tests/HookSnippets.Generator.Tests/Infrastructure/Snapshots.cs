using System.Text;

namespace HookSnippets.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated sources with the checked-in files under Snapshots/&lt;case&gt;/. With HOOKSNIPPETS_ACCEPT=1 the
/// folder is rewritten from the actual output instead (review the diff, then commit it).
/// </summary>
internal static class Snapshots
{
    public static bool Accepting => Environment.GetEnvironmentVariable("HOOKSNIPPETS_ACCEPT") == "1";

    public static void Verify(string caseName, IReadOnlyList<(string HintName, string Text)> sources)
    {
        var folder = Path.Combine(RepositoryPaths.Snapshots, caseName);
        if (Accepting)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            foreach (var (hintName, text) in sources)
            {
                File.WriteAllText(Path.Combine(folder, hintName), text, new UTF8Encoding(false));
            }

            return;
        }

        Assert.True(Directory.Exists(folder), $"No snapshot for {caseName}; run the tests with HOOKSNIPPETS_ACCEPT=1 to create {folder}");
        var expectedNames = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        var actualNames = sources.Select(s => s.HintName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expectedNames, actualNames);
        foreach (var (hintName, text) in sources)
        {
            var expected = File.ReadAllText(Path.Combine(folder, hintName), Encoding.UTF8);
            Assert.True(
                expected == text,
                $"{caseName}/{hintName} differs from its snapshot (HOOKSNIPPETS_ACCEPT=1 rewrites it):\n{FirstDifference(expected, text)}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"line {i + 1}\n  expected: {e}\n  actual:   {a}";
            }
        }

        return "(no line differs)";
    }
}
