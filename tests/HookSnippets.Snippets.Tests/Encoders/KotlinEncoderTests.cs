using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class KotlinEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("$x ${x} $ 5$", @"""\$x \${x} \$ 5\$""")]
    [InlineData("\"\\\n\r\t\b", @"""\""\\\n\r\t\b""")]
    [InlineData("\\u0041", @"""\\u0041""")]
    [InlineData("é€", "\"é€\"")]
    [InlineData("😀", "\"😀\"")]
    [InlineData("\0\u001b\u007f", @"""\u0000\u001B\u007F""")]
    [InlineData("\u2028\u00a0\ufeff", @"""\u2028\u00A0\uFEFF""")]
    [InlineData("'#{x} %s `y`", "\"'#{x} %s `y`\"")]
    public void Writes_string_literals_with_every_dollar_escaped(string value, string expected) =>
        Assert.Equal(expected, KotlinEncoder.String(value));

    [Fact]
    public void Writes_an_astral_invisible_character_as_a_surrogate_pair() =>
        Assert.Equal(@"""\uDB40\uDC01""", KotlinEncoder.String("\U000E0001"));

    [Fact]
    public void Raw_writes_each_line_at_the_indentation_and_trims_it()
    {
        Assert.Equal(
            "\"\"\"\n    {\n      \"a\": \"${'$'}x \\\\ é\"\n    }\n    \"\"\".trimIndent()",
            KotlinEncoder.Raw("{\n  \"a\": \"$x \\\\ é\"\n}", 4));
    }

    [Fact]
    public void Raw_never_lets_three_quotes_close_the_string()
    {
        Assert.Equal("\"\"\"\n  a\"\"${'\"'}\"\"${'\"'}\n  \"\"\".trimIndent()", KotlinEncoder.Raw("a\"\"\"\"\"\"", 2));
    }

    [Fact]
    public void Raw_writes_invisible_characters_as_template_expressions()
    {
        Assert.Equal("\"\"\"\n  a${'\\u0009'}${'\\u2028'}${\"\\uDB40\\uDC01\"}\n  \"\"\".trimIndent()", KotlinEncoder.Raw("a\t\u2028\U000E0001", 2));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\r\nb")]
    [InlineData("a\n\nb")]
    [InlineData("a\n  \nb")]
    [InlineData("  a\n  b")]
    [InlineData("\ta")]
    public void Raw_falls_back_to_a_string_literal_where_trimIndent_would_change_the_text(string value) =>
        Assert.Equal(KotlinEncoder.String(value), KotlinEncoder.Raw(value, 4));

    // Values in code: xUnit would turn a lone surrogate in InlineData into U+FFFD.
    [Fact]
    public void Refuses_a_lone_surrogate()
    {
        Assert.Throws<ArgumentException>(() => KotlinEncoder.String("\ud800"));
        Assert.Throws<ArgumentException>(() => KotlinEncoder.Raw("a\ud800", 4));
    }
}
