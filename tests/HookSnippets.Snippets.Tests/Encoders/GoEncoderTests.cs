using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class GoEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("say \"hi\"\\", @"""say \""hi\""\\""")]
    [InlineData("a\nb\tc\r", @"""a\nb\tc\r""")]
    [InlineData("\0" + "1", @"""\x001""")]
    [InlineData("\u007f\u0001", @"""\x7F\x01""")]
    [InlineData("\u2028\ufeff\u0085", @"""\u2028\uFEFF\u0085""")]
    [InlineData("\U000F0000", @"""\U000F0000""")]
    [InlineData("é漢😀", "\"é漢😀\"")]
    [InlineData("`${x}` %s \\u0041", @"""`${x}` %s \\u0041""")]
    public void Writes_interpreted_string_literals(string value, string expected) => Assert.Equal(expected, GoEncoder.String(value));
}
