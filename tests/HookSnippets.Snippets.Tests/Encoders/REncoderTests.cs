using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class REncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("it's $x `y` %s #z", "\"it's $x `y` %s #z\"")]
    [InlineData("\"\\\n\r\t", @"""\""\\\n\r\t""")]
    [InlineData("é€😀", @"""\u{E9}\u{20AC}\U{1F600}""")]
    [InlineData("\u0001\u007F\u2028", @"""\u{1}\u{7F}\u{2028}""")]
    public void Escapes_quotes_backslashes_and_every_character_outside_printable_ascii(string value, string expected) =>
        Assert.Equal(expected, REncoder.String(value));

    [Fact]
    public void Text_breaks_the_literal_at_each_line_feed_and_escapes_the_rest()
    {
        Assert.Equal("\"{\n  \\\"a\\\": \\\"\\u{E9}\\r\\\"\n}\"", REncoder.Text("{\n  \"a\": \"é\r\"\n}"));
    }

    // Values in code: xUnit would turn a lone surrogate in InlineData into U+FFFD.
    [Fact]
    public void Refuses_what_no_R_string_holds()
    {
        foreach (var value in new[] { "a\0b", "\ud800" })
        {
            Assert.Throws<ArgumentException>(() => REncoder.String(value));
            Assert.Throws<ArgumentException>(() => REncoder.Text(value));
        }
    }
}
