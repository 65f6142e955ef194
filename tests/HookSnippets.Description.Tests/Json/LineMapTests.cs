using System;
using System.Text;
using HookSnippets.Description.Text;

namespace HookSnippets.Description.Tests.Json;

public class LineMapTests
{
    [Fact]
    public void Every_Roslyn_line_break_ends_a_line_and_CRLF_counts_once()
    {
        // Offsets: a0 \r1 \n2 b3 \r4 c5 \n6 d7 U+0085 8 e9 U+2028 10 f11 U+2029 12 g13
        var map = new LineMap("a\r\nb\rc\nd\u0085e\u2028f\u2029g");

        Assert.Equal(7, map.LineCount);
        Assert.Equal(new[] { 0, 3, 5, 7, 9, 11, 13 }, new[] { 0, 1, 2, 3, 4, 5, 6 }.Select(map.GetLineStart));
        Assert.Equal(new LinePosition(0, 1), map.GetPosition(1));
        Assert.Equal(new LinePosition(0, 2), map.GetPosition(2));
        Assert.Equal(new LinePosition(1, 0), map.GetPosition(3));
        Assert.Equal(new LinePosition(2, 1), map.GetPosition(6));
        Assert.Equal(new LinePosition(4, 0), map.GetPosition(9));
        Assert.Equal(new LinePosition(6, 0), map.GetPosition(13));
        Assert.Equal(new LinePosition(6, 1), map.GetPosition(14));
    }

    [Fact]
    public void LF_then_CR_are_two_breaks_and_a_final_break_opens_an_empty_line()
    {
        var map = new LineMap("a\n\rb\n");

        Assert.Equal(4, map.LineCount);
        Assert.Equal(new LinePosition(1, 0), map.GetPosition(2));
        Assert.Equal(new LinePosition(2, 0), map.GetPosition(3));
        Assert.Equal(new LinePosition(3, 0), map.GetPosition(5));
    }

    [Fact]
    public void Columns_count_UTF16_code_units_and_a_tab_is_one_column()
    {
        var map = new LineMap("x\U0001F600\ty");

        Assert.Equal(new LinePosition(0, 3), map.GetPosition(3));
        Assert.Equal(new LinePosition(0, 4), map.GetPosition(4));
    }

    [Fact]
    public void Spans_carry_both_ends()
    {
        var map = new LineMap("ab\r\ncd");

        Assert.Equal(new SourceSpan(1, 4, 0, 1, 1, 1), map.GetSpan(1, 4));
        Assert.Equal(new SourceSpan(6, 0, 1, 2, 1, 2), map.GetSpan(6, 0));
    }

    [Fact]
    public void An_empty_text_has_one_line()
    {
        var map = new LineMap(string.Empty);

        Assert.Equal(1, map.LineCount);
        Assert.Equal(new LinePosition(0, 0), map.GetPosition(0));
    }

    [Fact]
    public void Offsets_outside_the_text_are_rejected()
    {
        var map = new LineMap("ab");

        Assert.Throws<ArgumentOutOfRangeException>(() => map.GetPosition(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.GetPosition(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => map.GetSpan(1, 2));
    }

    [Fact]
    public void Agrees_with_a_character_by_character_count_on_a_long_mixed_text_in_any_lookup_order()
    {
        var random = new Random(1234);
        var pieces = new[] { "a", "\t", "\U0001F600", "\r\n", "\r", "\n", "\u0085", "\u2028", "\u2029", " " };
        var builder = new StringBuilder();
        for (var i = 0; i < 200_000; i++)
        {
            builder.Append(pieces[random.Next(pieces.Length)]);
        }

        var text = builder.ToString();
        var map = new LineMap(text);

        var expected = new LinePosition[text.Length + 1];
        var line = 0;
        var column = 0;
        for (var offset = 0; offset <= text.Length; offset++)
        {
            expected[offset] = new LinePosition(line, column);
            Assert.Equal(expected[offset], map.GetPosition(offset));
            if (offset == text.Length)
            {
                break;
            }

            var c = text[offset];
            var isBreak = c is '\n' or '\u0085' or '\u2028' or '\u2029' || (c == '\r' && (offset + 1 == text.Length || text[offset + 1] != '\n'));
            if (isBreak)
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }

        Assert.Equal(line + 1, map.LineCount);
        for (var i = 0; i < 20_000; i++)
        {
            var offset = random.Next(text.Length + 1);
            Assert.Equal(expected[offset], map.GetPosition(offset));
        }
    }
}
