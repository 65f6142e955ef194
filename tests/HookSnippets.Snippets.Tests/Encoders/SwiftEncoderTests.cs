using System.Globalization;
using System.Text;
using HookSnippets.Snippets.Encoders;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>
/// No Swift toolchain runs on this machine, so besides exact literals every hostile string is read back by a reader
/// of the Swift single-line string literal grammar (The Swift Programming Language, "String Literals").
/// </summary>
public sealed class SwiftEncoderTests
{
    [Theory]
    [InlineData("", "\"\"")]
    [InlineData(@"\(x)", @"""\\(x)""")]
    [InlineData("\0\n\r\t\"", @"""\0\n\r\t\""""")]
    [InlineData("\u2028\u001b\u0085", @"""\u{2028}\u{1B}\u{85}""")]
    [InlineData("😀' $x ${x} #{x} %s #\"", "\"😀' $x ${x} #{x} %s #\\\"\"")]
    [InlineData("\U000F0000", @"""\u{F0000}""")]
    public void Writes_string_literals(string value, string expected) => Assert.Equal(expected, SwiftEncoder.String(value));

    [Fact]
    public void Every_hostile_string_reads_back_by_the_swift_literal_grammar()
    {
        foreach (var value in HostileStrings.All)
        {
            var literal = SwiftEncoder.String(value);
            Assert.Equal(value, Read(literal));
        }
    }

    private static string Read(string literal)
    {
        Assert.True(literal.Length >= 2 && literal[0] == '"' && literal[^1] == '"', literal);
        var builder = new StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            Assert.False(c is '"' or '\n' or '\r', $"unescaped U+{(int)c:X4} ends {literal}");
            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = literal[++i];
            switch (escape)
            {
                case '0': builder.Append('\0'); break;
                case '\\': builder.Append('\\'); break;
                case 't': builder.Append('\t'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case '"': builder.Append('"'); break;
                case '\'': builder.Append('\''); break;
                case 'u':
                    Assert.Equal('{', literal[i + 1]);
                    var close = literal.IndexOf('}', i);
                    var hex = literal[(i + 2)..close];
                    Assert.InRange(hex.Length, 1, 8);
                    builder.Append(char.ConvertFromUtf32(int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                    i = close;
                    break;
                default:
                    Assert.Fail($"\\{escape} is not a Swift escape (interpolation or invalid) in {literal}");
                    break;
            }
        }

        return builder.ToString();
    }
}
