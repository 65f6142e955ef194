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

        // php -l (PHP 8.2) lints only its first file.
        await SyntaxCheck.EachFileAsync("php-curl", description, php, file => ["-l", file]);
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
