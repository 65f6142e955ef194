using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class ObjectiveCEncoderTests
{
    [Theory]
    [InlineData("", "@\"\"")]
    [InlineData("??=", @"@""\?\?=""")]
    [InlineData("???=", @"@""\?\?\?=""")]
    [InlineData("a?b? ?", "@\"a?b? ?\"")]
    [InlineData("\0" + "1", @"@""\0001""")]
    [InlineData("\u0001" + "7", @"@""\0017""")]
    [InlineData("\u0085", @"@""\302\205""")]
    [InlineData("\u00a0\u2028", @"@""\u00A0\u2028""")]
    [InlineData("\U000F0000", @"@""\U000F0000""")]
    [InlineData("é😀 %@ %s $x", "@\"é😀 %@ %s $x\"")]
    [InlineData("\"\\\n\r\t", @"@""\""\\\n\r\t""")]
    public void Writes_nsstring_literals(string value, string expected) => Assert.Equal(expected, ObjectiveCEncoder.String(value));

    [Fact]
    public void Never_leaves_two_question_marks_side_by_side()
    {
        foreach (var value in HostileStrings.All)
        {
            Assert.DoesNotContain("??", ObjectiveCEncoder.String(value), StringComparison.Ordinal);
        }
    }
}
