using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class ClojureEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("it's $x #{y} ~z %s `q` ;c", "\"it's $x #{y} ~z %s `q` ;c\"")]
    [InlineData("\"\\\n\r\t\b\f", @"""\""\\\n\r\t\b\f""")]
    [InlineData("é€😀", "\"é€😀\"")]
    [InlineData("\0" + "7\u001b\u007f", @"""\u00007\u001B\u007F""")]
    [InlineData("\u2028\u00a0\ufeff", @"""\u2028\u00A0\uFEFF""")]
    [InlineData("\\u0041", @"""\\u0041""")]
    public void Writes_string_literals(string value, string expected) =>
        Assert.Equal(expected, ClojureEncoder.String(value));

    [Fact]
    public void Writes_an_astral_invisible_character_as_a_surrogate_pair() =>
        Assert.Equal(@"""\uDB40\uDC01""", ClojureEncoder.String("\U000E0001"));

    [Fact]
    public void Text_breaks_the_literal_at_each_line_feed_and_escapes_the_rest() =>
        Assert.Equal("\"{\n  \\\"a\\\": \\\"é\\r\\\"\n}\"", ClojureEncoder.Text("{\n  \"a\": \"é\r\"\n}"));

    [Fact]
    public void Refuses_a_lone_surrogate()
    {
        Assert.Throws<ArgumentException>(() => ClojureEncoder.String("\ud800"));
        Assert.Throws<ArgumentException>(() => ClojureEncoder.Text("\udc00"));
    }
}
