using HookSnippets.Snippets.Encoders;
using static HookSnippets.Snippets.Tests.Encoders.Json;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class RubyEncoderTests
{
    [Theory]
    [InlineData("", "''")]
    [InlineData("it's #{x} \\", @"'it\'s #{x} \\'")]
    [InlineData("#{x}\n", @"""\#{x}\n""")]
    [InlineData("#$x #@y\t\"", @"""\#$x \#@y\t\""""")]
    [InlineData("\0\u2028\U000F0000", @"""\u{0}\u{2028}\u{F0000}""")]
    [InlineData("\\\ré", @"""\\\ré""")]
    public void Writes_single_quoted_unless_a_character_needs_an_escape(string value, string expected) =>
        Assert.Equal(expected, RubyEncoder.String(value));

    [Fact]
    public void Writes_a_hash_with_string_keys_and_nil()
    {
        var value = Object(("a", Null()), ("b\n", Number("12345678901234567890")), ("c", Array()), ("d", Object()));
        Assert.Equal(
            "{\n    'a' => nil,\n    \"b\\n\" => 12345678901234567890,\n    'c' => [],\n    'd' => {}\n  }",
            RubyEncoder.Value(value, 1));
    }

    [Theory]
    [InlineData("123456789012345678901234567890", true)]
    [InlineData("-0.0", true)]
    [InlineData("-0", false)]
    [InlineData("-1e400", false)]
    [InlineData("3.141592653589793238462643383279", false)]
    public void Writes_numbers_natively_only_when_ruby_keeps_them(string number, bool native) =>
        Assert.Equal(native, RubyEncoder.CanWriteNatively(Array(Number(number))));
}
