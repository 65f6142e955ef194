using HookSnippets.Snippets.Encoders;
using static HookSnippets.Snippets.Tests.Encoders.Json;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class PythonEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("it's \"q\"", @"""it's \""q\""""")]
    [InlineData("{x} %s $x \\", @"""{x} %s $x \\""")]
    [InlineData("\0\u0085\u2028\U000F0000", @"""\x00\x85\u2028\U000F0000""")]
    [InlineData("é😀\n\r\t", @"""é😀\n\r\t""")]
    public void Writes_double_quoted_str_literals(string value, string expected) => Assert.Equal(expected, PythonEncoder.String(value));

    [Fact]
    public void Writes_a_dict_with_true_false_and_none()
    {
        var value = Object(("a", Null()), ("b", Array(Boolean(true), Boolean(false))), ("big", Number("123456789012345678901234567890")));
        Assert.Equal(
            "{\n    \"a\": None,\n    \"b\": [\n        True,\n        False\n    ],\n    \"big\": 123456789012345678901234567890\n}",
            PythonEncoder.Value(value, 0));
    }

    [Theory]
    [InlineData("123456789012345678901234567890", true)]
    [InlineData("-0.0", true)]
    [InlineData("-0", false)]
    [InlineData("1e400", false)]
    [InlineData("0.30000000000000001", false)]
    public void Writes_numbers_natively_only_when_python_keeps_them(string number, bool native) =>
        Assert.Equal(native, PythonEncoder.CanWriteNatively(Array(Number(number))));

    [Fact]
    public void Writes_integers_up_to_the_4300_digit_literal_limit()
    {
        Assert.True(PythonEncoder.CanWriteNatively(Number("-" + new string('9', 4300))));
        Assert.False(PythonEncoder.CanWriteNatively(Number(new string('9', 4301))));
    }
}
