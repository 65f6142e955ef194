using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class PowerShellEncoderTests
{
    [Theory]
    [InlineData("", "''")]
    [InlineData("it's $x `y` \"z\" é😀", "'it''s $x `y` \"z\" é😀'")]
    [InlineData("curly \u2018a\u2019 \u201Cb\u201D", "'curly \u2018\u2018a\u2019\u2019 \u201Cb\u201D'")]
    public void Writes_visible_text_single_quoted_with_every_quote_doubled(string value, string expected) =>
        Assert.Equal(expected, PowerShellEncoder.String(value));

    [Theory]
    [InlineData("a\nb", "\"a`nb\"")]
    [InlineData("$x `y` \"z\"\t", "\"`$x ``y`` `\"z`\"`t\"")]
    [InlineData("\0\a\b\f\v\r\u001b\u0001", "\"`0`a`b`f`v`r`e`u{1}\"")]
    [InlineData("\u201Cq\u201E \u2028\u00A0\uFEFF é", "\"`\u201Cq`\u201E `u{2028}`u{A0}`u{FEFF} é\"")]
    public void Writes_other_text_double_quoted_with_backtick_escapes(string value, string expected) =>
        Assert.Equal(expected, PowerShellEncoder.String(value));

    [Fact]
    public void Here_string_holds_visible_text_verbatim()
    {
        Assert.Equal("@'\n{\n  \"a\": \"it's $x `y`\"\n}\n'@", PowerShellEncoder.HereString("{\n  \"a\": \"it's $x `y`\"\n}"));
        Assert.Equal("''", PowerShellEncoder.HereString(""));
    }

    [Fact]
    public void Here_string_escapes_what_a_verbatim_one_cannot_hold()
    {
        // A line starting with '@ would end the verbatim here-string; a CR or an invisible character would not show.
        Assert.Equal("@\"\n'@ `$x\n  `\"@ `u{2028}`r\n\"@", PowerShellEncoder.HereString("'@ $x\n  \"@ \u2028\r"));
        Assert.Equal("@\"\n{\"a\": \"`$b`u{A0}\"}\n\"@", PowerShellEncoder.HereString("{\"a\": \"$b\u00A0\"}"));
    }

    // Values in code: xUnit would turn a lone surrogate in InlineData into U+FFFD.
    [Fact]
    public void Refuses_a_lone_surrogate()
    {
        Assert.Throws<ArgumentException>(() => PowerShellEncoder.String("\ud800"));
        Assert.Throws<ArgumentException>(() => PowerShellEncoder.HereString("\ud800"));
    }

    [Theory]
    [InlineData("Authorization", "Bearer a b", true)]
    [InlineData("X-Weird", "a\"b, é", true)]
    [InlineData("Content-Type", "multipart/form-data; boundary=\"x y\"", true)]
    [InlineData("Content-Language", "en", true)]
    [InlineData("Content-Language", "x y", false)]
    [InlineData("If-Match", "abc", false)]
    [InlineData("Accept", "a;;b", false)]
    [InlineData("Content-Type", "weird", false)]
    public void Knows_which_headers_the_web_cmdlets_validate_away(string name, string value, bool passes) =>
        Assert.Equal(passes, PowerShellEncoder.PassesHeaderValidation(name, value));
}
