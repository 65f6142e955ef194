using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class JavaEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("\\u0041", @"""\\u0041""")]
    [InlineData("\\\\u0041", @"""\\\\u0041""")]
    [InlineData("é", @"""\u00E9""")]
    [InlineData("\\é", @"""\\\u00E9""")]
    [InlineData("😀", @"""\uD83D\uDE00""")]
    [InlineData("\0" + "7", @"""\0007""")]
    [InlineData("\u007f\u001b", @"""\177\033""")]
    [InlineData("a\nb\r\t", @"""a\nb\r\t""")]
    [InlineData("\"'$x ${x} %s", @"""\""'$x ${x} %s""")]
    [InlineData("\u2028", @"""\u2028""")]
    public void Writes_ascii_only_string_literals(string value, string expected) => Assert.Equal(expected, JavaEncoder.String(value));

    [Fact]
    public void Never_writes_a_unicode_escape_for_ascii_which_java_would_decode_before_lexing()
    {
        foreach (var value in HostileStrings.All)
        {
            var literal = JavaEncoder.String(value);
            Assert.All(literal, c => Assert.True(c is >= ' ' and < '\u007f', $"{literal} holds U+{(int)c:X4}"));
            Assert.DoesNotMatch(@"(?<!\\)(\\\\)*\\u00[0-7]", literal);
        }
    }
}
