using System.Text;
using System.Text.RegularExpressions;

namespace HookSnippets.Cli.Tests;

/// <summary>
/// The pages of <c>render --docs-flavor mkdocs</c> build with MkDocs and the Material theme (Debian's packages, which
/// scripts/install-toolchains.sh installs) in strict mode, where any warning (a broken link, say) fails the build.
/// </summary>
public sealed class MkDocsBuildTests
{
    private const string Config = """
        site_name: HookSnippets pages
        theme:
          name: material
        markdown_extensions:
          - tables
          - pymdownx.superfences
          - pymdownx.tabbed:
              alternate_style: true

        """;

    public static TheoryData<string> Descriptions => new()
    {
        "endpoints.json",
        "tests/fixtures/hostile.endpoints.json",
        "tests/fixtures/auth-bodies.endpoints.json",
    };

    [SkippableTheory]
    [MemberData(nameof(Descriptions))]
    public void The_rendered_pages_build_without_a_warning(string description)
    {
        using var site = Render(description);

        var (exitCode, log) = Build(site);

        Assert.True(exitCode == 0 && !log.Contains("WARNING", StringComparison.Ordinal), $"mkdocs build --strict exited with {exitCode}:\n{log}");
        // The samples became Material's content tabs, not a literal "=== " paragraph.
        var html = Directory.GetFiles(site["site"], "index.html", SearchOption.AllDirectories).Select(File.ReadAllText).ToArray();
        Assert.Contains(html, page => page.Contains("tabbed-set", StringComparison.Ordinal));
        Assert.DoesNotContain(html, page => page.Contains("<p>=== ", StringComparison.Ordinal));
    }

    /// <summary>MkDocs 1.4 does not check anchors: every link into types.md must meet a heading of that name.</summary>
    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Every_type_link_meets_its_heading(string description)
    {
        using var site = Render(description);
        var docs = site["docs"];
        var headings = File.Exists(Path.Combine(docs, "types.md"))
            ? File.ReadAllLines(Path.Combine(docs, "types.md")).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].ToLowerInvariant()).ToHashSet()
            : [];
        var links = Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories)
            .SelectMany(page => Regex.Matches(File.ReadAllText(page), @"\(types\.md#([^)]+)\)").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToArray();

        Assert.All(links, anchor => Assert.Contains(anchor, headings));
        Assert.Equal(description == "endpoints.json", links.Length > 0);
    }

    /// <summary>The build is strict: a page linking to a page that does not exist fails it.</summary>
    [SkippableFact]
    public void A_broken_link_fails_the_build()
    {
        using var site = Render("endpoints.json");
        File.AppendAllText(site["docs/index.md"], "\n[gone](no-such-page.md)\n");

        var (exitCode, log) = Build(site);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("no-such-page.md", log, StringComparison.Ordinal);
    }

    private static TempFolder Render(string description)
    {
        var site = new TempFolder();
        var run = CliRun.Of("render", Path.Combine(Paths.RepositoryRoot, description), "--docs-flavor", "mkdocs", "--out", site["docs"]);
        Assert.True(run.ExitCode == 0, run.ToString());
        site.Write("mkdocs.yml", Config);
        return site;
    }

    /// <summary>MkDocs logs its warnings on stderr and its strict-mode verdict on stdout: both are returned together.</summary>
    private static (int ExitCode, string Log) Build(TempFolder site)
    {
        var mkdocs = Toolchain.Require("mkdocs", "Debian's mkdocs and mkdocs-material; scripts/install-toolchains.sh installs them");
        var (exitCode, output, error) = Toolchain.RunToEnd(mkdocs, ["build", "--strict"], site.Path);
        return (exitCode, error + Encoding.UTF8.GetString(output));
    }
}
