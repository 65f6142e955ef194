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

    [Theory]
    [InlineData("", 4, "@\"\"")]
    [InlineData("{}", 4, "@\"{}\"")]
    [InlineData("{\n  \"a\": \"??=\"\n}", 4, "@\"{\\n\"\n    @\"  \\\"a\\\": \\\"\\?\\?=\\\"\\n\"\n    @\"}\"")]
    [InlineData("a\n", 0, "@\"a\\n\"")]
    [InlineData("a\n\nb", 2, "@\"a\\n\"\n  @\"\\n\"\n  @\"b\"")]
    public void Writes_one_literal_per_line(string value, int indent, string expected) =>
        Assert.Equal(expected, ObjectiveCEncoder.Lines(value, indent));

    [Fact]
    public void Writes_a_json_value_one_json_line_per_literal()
    {
        var node = Json.Object(("a", Json.Array(Json.Number("1"), Json.String("x"))));
        Assert.Equal("@\"{\\n\"\n@\"  \\\"a\\\": [\\n\"\n@\"    1,\\n\"\n@\"    \\\"x\\\"\\n\"\n@\"  ]\\n\"\n@\"}\"", ObjectiveCEncoder.JsonLines(node, 0));
    }

    [Fact]
    public void Never_leaves_two_question_marks_side_by_side()
    {
        foreach (var value in HostileStrings.All)
        {
            Assert.DoesNotContain("??", ObjectiveCEncoder.String(value), StringComparison.Ordinal);
            Assert.DoesNotContain("??", ObjectiveCEncoder.Lines(value, 0), StringComparison.Ordinal);
        }
    }
}
