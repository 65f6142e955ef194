using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class ShellEncoderTests
{
    [Theory]
    [InlineData("", "''")]
    [InlineData("abc", "'abc'")]
    [InlineData("it's", @"'it'\''s'")]
    [InlineData("'", @"\'")]
    [InlineData("a\nb\tc", "'a\nb\tc'")]
    [InlineData("$HOME ${x} #{x} `id` $(id) \\ \"", "'$HOME ${x} #{x} `id` $(id) \\ \"'")]
    [InlineData("a\rb", @"'a'$'\r''b'")]
    [InlineData("\u001b[1m", @"$'\x1B''[1m'")]
    [InlineData("\u2028", @"$'\xE2\x80\xA8'")]
    [InlineData("x'\u0007", @"'x'\'$'\x07'")]
    [InlineData("é😀漢", "'é😀漢'")]
    public void Writes_single_quoted_words(string value, string expected) => Assert.Equal(expected, ShellEncoder.String(value));

    [Theory]
    [InlineData("\0")]
    [InlineData("a\0b")]
    public void Rejects_nul_which_no_argument_can_carry(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => ShellEncoder.String(value));
        Assert.Contains("NUL", error.Message, StringComparison.Ordinal);
    }
}
