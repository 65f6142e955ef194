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

    /// <summary>
    /// The generated client writes its literals with <see cref="CSharpLiteral"/> (netstandard2.0, inside the compiler);
    /// samples with the escaping engine's C# policy. Both must spell every string alike.
    /// </summary>
    [Fact]
    public void Spells_every_string_as_the_generated_clients_literal_writer()
    {
        var strings = new List<string>(HostileStrings.All);
        strings.AddRange(HostileStrings.Generate(count: 20_000, seed: 20261205));
        for (var codePoint = 0; codePoint <= 0x10FFFF; codePoint += codePoint < 0x10000 ? 1 : 61)
        {
            if (codePoint is < 0xD800 or > 0xDFFF)
            {
                var text = char.ConvertFromUtf32(codePoint);
                strings.Add(text);
                strings.Add("a" + text + "\"" + text + "\\b");
            }
        }

        var differences = strings.Where(s => CSharpEncoder.String(s) != CSharpLiteral.String(s)).Take(5).ToList();
        Assert.Empty(differences);
    }
}
