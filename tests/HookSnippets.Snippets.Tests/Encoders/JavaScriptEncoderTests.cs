using HookSnippets.Snippets.Encoders;
using static HookSnippets.Snippets.Tests.Encoders.Json;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class JavaScriptEncoderTests
{
    [Theory]
    [InlineData("", "''")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData("\"${x}` #{x}", "'\"${x}` #{x}'")]
    [InlineData("\0" + "1", @"'\x001'")]
    [InlineData("\u2028\u2029", @"'\u2028\u2029'")]
    [InlineData("\u0085\u007f", @"'\x85\x7F'")]
    [InlineData("\U000F0000", @"'\u{F0000}'")]
    [InlineData("😀é", "'😀é'")]
    [InlineData("a\\b\nc\r\t", @"'a\\b\nc\r\t'")]
    public void Writes_single_quoted_string_literals(string value, string expected) =>
        Assert.Equal(expected, JavaScriptEncoder.String(value));

    [Fact]
    public void Writes_a_pretty_object_literal_with_bare_identifier_keys_and_a_computed_proto_key()
    {
        var value = Object(("a", Number("1")), ("__proto__", Array(Null(), Boolean(true))), ("e", Object()), ("l", Array()), ("my-hook", Null()), ("1x", Null()), ("$_ok9", Null()), ("", Null()), ("é", Null()));
        Assert.Equal(
            "{\n    a: 1,\n    ['__proto__']: [\n      null,\n      true\n    ],\n    e: {},\n    l: [],\n    'my-hook': null,\n    '1x': null,\n    $_ok9: null,\n    '': null,\n    'é': null\n  }",
            JavaScriptEncoder.Value(value, 1));
    }

    [Theory]
    [InlineData("9007199254740991", true)]
    [InlineData("-9007199254740991", true)]
    [InlineData("9007199254740992", false)]
    [InlineData("9007199254740993", false)]
    [InlineData("0.1", true)]
    [InlineData("1.5e-8", true)]
    [InlineData("1E+300", true)]
    [InlineData("1e400", false)]
    [InlineData("0.30000000000000001", false)]
    [InlineData("-0", false)]
    [InlineData("-0.0", false)]
    public void Writes_numbers_natively_only_when_a_double_keeps_them(string number, bool native)
    {
        var value = Object(("n", Array(Number(number))));
        Assert.Equal(native, JavaScriptEncoder.CanWriteNatively(value));
        if (native)
        {
            Assert.Equal("{\n  n: [\n    " + number + "\n  ]\n}", JavaScriptEncoder.Value(value, 0));
        }
        else
        {
            var error = Assert.Throws<ArgumentException>(() => JavaScriptEncoder.Value(value, 0));
            Assert.Contains(number, error.Message, StringComparison.Ordinal);
        }
    }
}
