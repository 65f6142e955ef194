using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class CEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("??=", @"""\?\?=""")]
    [InlineData("a?b? ?", "\"a?b? ?\"")]
    [InlineData("\0" + "1", @"""\0001""")]
    [InlineData("\u0001" + "7", @"""\0017""")]
    [InlineData("\u0085", @"""\302\205""")]
    [InlineData("\u00a0\u2028", @"""\u00A0\u2028""")]
    [InlineData("\U000F0000", @"""\U000F0000""")]
    [InlineData("é😀 %s %d $x", "\"é😀 %s %d $x\"")]
    [InlineData("\"\\\n\r\t", @"""\""\\\n\r\t""")]
    public void Writes_c_string_literals(string value, string expected) => Assert.Equal(expected, CEncoder.String(value));

    [Theory]
    [InlineData("", 4, "\"\"")]
    [InlineData("{\n  \"a\": \"??=\"\n}", 4, "\"{\\n\"\n    \"  \\\"a\\\": \\\"\\?\\?=\\\"\\n\"\n    \"}\"")]
    [InlineData("a\n\nb", 2, "\"a\\n\"\n  \"\\n\"\n  \"b\"")]
    public void Writes_one_literal_per_line(string value, int indent, string expected) =>
        Assert.Equal(expected, CEncoder.Lines(value, indent));

    [Fact]
    public void Objective_c_literals_are_the_c_literals_behind_an_at_sign()
    {
        foreach (var value in HostileStrings.All)
        {
            Assert.Equal("@" + CEncoder.String(value), ObjectiveCEncoder.String(value));
        }
    }

    [Fact]
    public void Refuses_a_lone_surrogate() => Assert.Throws<ArgumentException>(() => CEncoder.String("a\uD800b"));
}
