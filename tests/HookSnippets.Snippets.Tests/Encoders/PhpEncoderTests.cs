using HookSnippets.Snippets.Encoders;
using static HookSnippets.Snippets.Tests.Encoders.Json;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class PhpEncoderTests
{
    [Theory]
    [InlineData("", "''")]
    [InlineData("it's \\ $x {$x} \"", @"'it\'s \\ $x {$x} ""'")]
    [InlineData("$x\n", @"""\$x\n""")]
    [InlineData("{$x}\t\"", @"""{\$x}\t\""""")]
    [InlineData("\0" + "1", @"""\x001""")]
    [InlineData("\u0085é\U000F0000", @"""\u{85}é\u{F0000}""")]
    [InlineData("\\\r", @"""\\\r""")]
    public void Writes_single_quoted_unless_a_character_needs_an_escape(string value, string expected) =>
        Assert.Equal(expected, PhpEncoder.String(value));

    [Fact]
    public void Casts_objects_with_integer_like_names_and_empty_objects()
    {
        var value = Object(("0", String("a")), ("b", Object(("k", Boolean(false)))), ("e", Object()), ("l", Array(Null())));
        Assert.Equal(
            "(object) [\n    '0' => 'a',\n    'b' => [\n        'k' => false\n    ],\n    'e' => (object) [],\n    'l' => [\n        null\n    ]\n]",
            PhpEncoder.Value(value, 0));
    }

    [Theory]
    [InlineData("9223372036854775807", true)]
    [InlineData("-9223372036854775807", true)]
    [InlineData("9223372036854775808", false)]
    [InlineData("-9223372036854775808", false)]
    [InlineData("-0", false)]
    [InlineData("-0.0", true)]
    [InlineData("0.30000000000000001", false)]
    [InlineData("1e400", false)]
    public void Writes_numbers_natively_only_when_php_keeps_them(string number, bool native) =>
        Assert.Equal(native, PhpEncoder.CanWriteNatively(Array(Number(number))));

    [Fact]
    public void A_name_starting_with_nul_survives_only_outside_an_object_cast()
    {
        Assert.True(PhpEncoder.CanWriteNatively(Object(("\0x", Number("1")))));
        var cast = Object(("0", Number("1")), ("\0x", Number("2")));
        Assert.False(PhpEncoder.CanWriteNatively(cast));
        Assert.Throws<ArgumentException>(() => PhpEncoder.Value(cast, 0));
    }
}
