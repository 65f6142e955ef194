using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Snippets.Tests.Toolchains;

namespace HookSnippets.Snippets.Tests.Syntax;

public sealed class PhpSyntaxTests
{
    [SkippableTheory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    [InlineData(TestSamples.EdgeCases)]
    public async Task Every_sample_passes_php_lint(string description)
    {
        var php = Toolchain.Require("php", "/usr/bin/php");

        using var scripts = new TempFolder();
        var check = scripts.Write("check.php", CheckerScripts.Php);

        // One php process for all files; php -l (PHP 8.2) lints only its first file.
        await SyntaxCheck.AllFilesAsync("php-curl", description, php, files => ["-d", "opcache.enable_cli=1", check, .. files]);
    }

    [Fact]
    public void Every_sample_opens_with_the_php_tag()
    {
        // Without it php prints the source and exits 0: php -l passes, and no request is ever sent.
        foreach (var description in new[] { TestSamples.Shipped, TestSamples.Hostile })
        {
            Assert.All(TestSamples.Render(description, "php-curl"), sample => Assert.StartsWith("<?php\n", sample.Text, StringComparison.Ordinal));
        }
    }
}
