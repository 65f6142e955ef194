using HookSnippets.Description.Naming;
using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class CSharpEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("\"\\", @"""\""\\""")]
    [InlineData("\0\u2028\u0085\u007f", @"""\0\u2028\u0085\u007F""")]
    [InlineData("a\nb\r\t", @"""a\nb\r\t""")]
    [InlineData("{x} $x ${x} #{x} é😀", "\"{x} $x ${x} #{x} é😀\"")]
    public void Writes_regular_string_literals(string value, string expected) => Assert.Equal(expected, CSharpEncoder.String(value));

    [Fact]
    public void Uses_the_literal_encoder_of_the_generated_client()
    {
        foreach (var value in HostileStrings.All)
        {
            Assert.Equal(CSharpLiteral.String(value), CSharpEncoder.String(value));
        }
    }
}
