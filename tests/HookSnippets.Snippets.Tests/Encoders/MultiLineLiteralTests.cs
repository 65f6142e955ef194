using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>How the multi-line literals look; <see cref="StringRoundTripTests"/> proves them exact in each toolchain.</summary>
public sealed class MultiLineLiteralTests
{
    [Theory]
    [InlineData("", "``")]
    [InlineData("{\n  \"a\": \"b\\\\c\"\n}", "`{\n  \"a\": \"b\\\\c\"\n}`")]
    [InlineData("a`b", "`a` + \"`\" + `b`")]
    [InlineData("`", "\"`\"")]
    [InlineData("a\r\nb", "`a` + \"\\r\" + `\nb`")]
    [InlineData("\ufeff\0é\u2028", "\"\\uFEFF\\x00\" + `é` + \"\\u2028\"")]
    [InlineData("\tx", "\"\\t\" + `x`")]
    public void Go_raw_strings_leave_out_only_what_a_raw_string_cannot_show(string value, string expected) =>
        Assert.Equal(expected, GoEncoder.Raw(value));

    [Theory]
    [InlineData("", "\"\"\"\n    \"\"\"")]
    [InlineData("{\n  \"a\": 1\n}", "\"\"\"\n    {\n      \"a\": 1\n    }\"\"\"")]
    [InlineData("a \n\nb", "\"\"\"\n    a\\s\n\n    b\"\"\"")]
    [InlineData(" a\n b", "\"\"\"\n     a\n    \\sb\"\"\"")]
    [InlineData("\"\"\"\"", "\"\"\"\n    \"\"\\\"\\\"\"\"\"")]
    [InlineData("a\n", "\"\"\"\n    a\n    \"\"\"")]
    [InlineData("\\u0041é\r\t", "\"\"\"\n    \\\\u0041\\u00E9\\r\\t\"\"\"")]
    [InlineData("a\u3000\nb", "\"a\\u3000\\nb\"")]
    [InlineData("a\n\u2028b", "\"a\\n\\u2028b\"")]
    public void Java_text_blocks_escape_only_what_a_text_block_needs(string value, string expected) =>
        Assert.Equal(expected, JavaEncoder.TextBlock(value, 4));

    [Theory]
    [InlineData("{\n  \"a\": \"\\\\\"\n}", "\"\"\"\n    {\n      \"a\": \"\\\\\"\n    }\n    \"\"\"")]
    [InlineData("x\"\"\"y", "\"\"\"\"\n    x\"\"\"y\n    \"\"\"\"")]
    [InlineData("a\n\nb", "\"\"\"\n    a\n\n    b\n    \"\"\"")]
    [InlineData("", "\"\"")]
    [InlineData("a\u2028b", "$\"\"\"\n    a{\"\\u2028\"}b\n    \"\"\"")]
    [InlineData("{\n  \"a\": \"\r\u007f{}\"\n}", "$$\"\"\"\n    {\n      \"a\": \"{{\"\\r\\u007F\"}}{}\"\n    }\n    \"\"\"")]
    [InlineData("a\r\nb", "$\"\"\"\n    a{\"\\r\"}\n    b\n    \"\"\"")]
    [InlineData("a\n  \nb", "$\"\"\"\n    a\n    {\"  \"}\n    b\n    \"\"\"")]
    public void CSharp_raw_strings_put_what_they_cannot_show_into_interpolation_holes(string value, string expected) =>
        Assert.Equal(expected, CSharpEncoder.Raw(value, 4));

    [Fact]
    public void Every_multi_line_literal_refuses_a_lone_surrogate()
    {
        Assert.Throws<ArgumentException>(() => GoEncoder.Raw("a\uD800\nb"));
        Assert.Throws<ArgumentException>(() => JavaEncoder.TextBlock("a\n\uDC00", 4));
        Assert.Throws<ArgumentException>(() => CSharpEncoder.Raw("a\n\uD800", 4));
    }

    [Fact]
    public void Pretty_json_bodies_are_written_in_the_multi_line_form()
    {
        foreach (var json in MultiLineStrings.PrettyJson)
        {
            Assert.StartsWith("\"\"\"\n", JavaEncoder.TextBlock(json, 8), StringComparison.Ordinal);
            var go = GoEncoder.Raw(json);
            Assert.StartsWith("`{\n", go, StringComparison.Ordinal);
        }
    }
}
