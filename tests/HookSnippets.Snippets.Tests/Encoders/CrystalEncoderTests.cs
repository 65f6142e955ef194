using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

public sealed class CrystalEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData("it's $x `y` %s #z # {", "\"it's $x `y` %s #z # {\"")]
    [InlineData("#{x} ##{y}", @"""\#{x} #\#{y}""")]
    [InlineData("\"\\\n\r\t\0", @"""\""\\\n\r\t\u{0}""")]
    [InlineData("é€😀", "\"é€😀\"")]
    [InlineData("\u0001\u007F\u2028\uFEFF", @"""\u{1}\u{7F}\u{2028}\u{FEFF}""")]
    public void Escapes_quotes_backslashes_interpolation_and_invisible_characters(string value, string expected) =>
        Assert.Equal(expected, CrystalEncoder.String(value));

    [Fact]
    public void Heredoc_is_raw_when_every_character_can_stand_as_itself()
    {
        Assert.Equal("<<-'JSON'\n{\n  \"a\": \"#{b} \\\\ é\"\n}\nJSON", CrystalEncoder.Heredoc("{\n  \"a\": \"#{b} \\\\ é\"\n}"));
        Assert.Equal("<<-'JSON1'\n\"JSON\"\nJSON1", CrystalEncoder.Heredoc("\"JSON\""));
    }

    [Fact]
    public void Heredoc_escapes_in_an_interpolating_heredoc_when_a_character_would_be_hidden()
    {
        Assert.Equal("<<-JSON\n{\n  \"a\": \"\\#{b} # \\\\ \\r\\u{2028}\"\n}\nJSON", CrystalEncoder.Heredoc("{\n  \"a\": \"#{b} # \\ \r\u2028\"\n}"));
    }

    [Fact]
    public void Refuses_a_lone_surrogate()
    {
        Assert.Throws<ArgumentException>(() => CrystalEncoder.String("\ud800"));
        Assert.Throws<ArgumentException>(() => CrystalEncoder.Heredoc("\ud800"));
    }
}
