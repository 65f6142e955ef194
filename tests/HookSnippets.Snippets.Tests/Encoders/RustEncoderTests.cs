using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class RustEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("it's $x `y` %s #z {x} {{", "\"it's $x `y` %s #z {x} {{\"")]
    [InlineData("\"\\\n\r\t\0", @"""\""\\\n\r\t\0""")]
    [InlineData("é€😀", "\"é€😀\"")]
    [InlineData("\u0001\u007F\u2028\uFEFF", @"""\u{1}\u{7F}\u{2028}\u{FEFF}""")]
    public void Escapes_quotes_backslashes_and_invisible_characters(string value, string expected) =>
        Assert.Equal(expected, RustEncoder.String(value));

    [Theory]
    [InlineData("{\n  \"a\": \"b\\\\c\"\n}", "r#\"{\n  \"a\": \"b\\\\c\"\n}\"#")]
    [InlineData("", "r#\"\"#")]
    [InlineData("\"#{x}\" \"## ", "r###\"\"#{x}\" \"## \"###")]
    public void Raw_keeps_the_text_as_it_is_with_enough_hashes(string value, string expected) =>
        Assert.Equal(expected, RustEncoder.Raw(value));

    [Fact]
    public void Raw_joins_an_escaped_piece_for_what_a_raw_string_cannot_show()
    {
        Assert.Equal("concat!(r#\"{\n  \"a\": \"x\"#, \"\\r\\u{2028}\", r#\"y\"\n}\"#)", RustEncoder.Raw("{\n  \"a\": \"x\r\u2028y\"\n}"));
        Assert.Equal("concat!(\"\\u{1}\")", RustEncoder.Raw("\u0001"));
    }

    [Fact]
    public void Refuses_a_lone_surrogate()
    {
        Assert.Throws<ArgumentException>(() => RustEncoder.String("\ud800"));
        Assert.Throws<ArgumentException>(() => RustEncoder.Raw("\ud800"));
    }
}
