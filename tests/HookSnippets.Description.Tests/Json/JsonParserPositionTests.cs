using HookSnippets.Description.Json;
using static HookSnippets.Description.Tests.Json.JsonTestHelpers;

namespace HookSnippets.Description.Tests.Json;

public class JsonParserPositionTests
{
    private const string Document = "{\n  \"name\": \"x\",\n  \"list\": [1, true, null],\n  \"obj\": {\"k\": -2.5e3}\n}";

    [Fact]
    public void Every_value_and_member_name_has_its_span_on_LF_input()
    {
        var root = Object(ParseValid(Document));

        Assert.Equal((0, 68, 0, 0), At(root.Span));
        Assert.Equal(4, root.Span.EndLine);
        Assert.Equal(1, root.Span.EndColumn);

        var name = root.Members[0];
        Assert.Equal("name", name.Name);
        Assert.Equal((4, 6, 1, 2), At(name.NameSpan));
        Assert.Equal((12, 3, 1, 10), At(name.Value.Span));

        var list = root.Members[1];
        Assert.Equal((19, 6, 2, 2), At(list.NameSpan));
        var items = Array(list.Value);
        Assert.Equal((27, 15, 2, 10), At(items.Span));
        Assert.Equal(25, items.Span.EndColumn);
        Assert.Equal((28, 1, 2, 11), At(items.Items[0].Span));
        Assert.Equal((31, 4, 2, 14), At(items.Items[1].Span));
        Assert.Equal((37, 4, 2, 20), At(items.Items[2].Span));

        var obj = root.Members[2];
        Assert.Equal((46, 5, 3, 2), At(obj.NameSpan));
        var inner = Object(obj.Value);
        Assert.Equal((53, 13, 3, 9), At(inner.Span));
        Assert.Equal((54, 3, 3, 10), At(inner.Members[0].NameSpan));
        var number = Assert.IsType<JsonNumber>(inner.Members[0].Value);
        Assert.Equal("-2.5e3", number.Text);
        Assert.Equal((59, 6, 3, 15), At(number.Span));
    }

    [Fact]
    public void CRLF_counts_as_one_line_break()
    {
        var root = Object(ParseValid(Document.Replace("\n", "\r\n")));

        // Each earlier line adds one character (its '\r') to the offset; lines and columns do not move.
        Assert.Equal((5, 6, 1, 2), At(root.Members[0].NameSpan));
        Assert.Equal((21, 6, 2, 2), At(root.Members[1].NameSpan));
        Assert.Equal((33, 4, 2, 14), At(Array(root.Members[1].Value).Items[1].Span));
        Assert.Equal((62, 6, 3, 15), At(Object(root.Members[2].Value).Members[0].Value.Span));
        Assert.Equal(4, root.Span.EndLine);
    }

    [Fact]
    public void A_lone_CR_is_a_line_break()
    {
        var root = Object(ParseValid("{\r\"a\":\r1}"));

        Assert.Equal((2, 3, 1, 0), At(root.Members[0].NameSpan));
        Assert.Equal((7, 1, 2, 0), At(root.Members[0].Value.Span));
    }

    [Theory]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    public void Unicode_line_breaks_inside_strings_start_new_lines_as_in_Roslyn(char lineBreak)
    {
        var root = Object(ParseValid("{\"a\": \"x" + lineBreak + "y\", \"b\": 1}"));

        Assert.Equal("x" + lineBreak + "y", Assert.IsType<JsonString>(root.Members[0].Value).Value);
        var value = root.Members[0].Value.Span;
        Assert.Equal((6, 5, 0, 6), At(value));
        Assert.Equal((1, 2), (value.EndLine, value.EndColumn));
        Assert.Equal((13, 3, 1, 4), At(root.Members[1].NameSpan));
    }

    [Fact]
    public void A_leading_BOM_is_skipped_and_not_counted()
    {
        var root = Object(ParseValid("\uFEFF{\"a\": 1}"));

        Assert.Equal((0, 8, 0, 0), At(root.Span));
        Assert.Equal((1, 3, 0, 1), At(root.Members[0].NameSpan));
        Assert.Equal((6, 1, 0, 6), At(root.Members[0].Value.Span));
    }

    [Fact]
    public void A_tab_is_one_column()
    {
        var root = Object(ParseValid("{\t\"a\":\t1}"));

        Assert.Equal((2, 3, 0, 2), At(root.Members[0].NameSpan));
        Assert.Equal((7, 1, 0, 7), At(root.Members[0].Value.Span));
    }

    [Fact]
    public void Astral_characters_take_two_columns()
    {
        var root = Object(ParseValid("{\"\U0001F600\": \"\U0001F600\", \"b\": 1}"));

        Assert.Equal("\U0001F600", root.Members[0].Name);
        Assert.Equal((1, 4, 0, 1), At(root.Members[0].NameSpan));
        Assert.Equal((7, 4, 0, 7), At(root.Members[0].Value.Span));
        Assert.Equal((13, 3, 0, 13), At(root.Members[1].NameSpan));
    }

    [Fact]
    public void A_scalar_root_is_accepted_with_surrounding_whitespace()
    {
        var root = ParseValid(" \n 42 \n");

        Assert.Equal("42", Assert.IsType<JsonNumber>(root).Text);
        Assert.Equal((3, 2, 1, 1), At(root.Span));
    }

    [Fact]
    public void Numbers_keep_their_exact_text()
    {
        var items = Array(ParseValid("[-0, 0.5, 1E+10, 2e-3, 12345678901234567890123, 0]"));

        Assert.Equal(
            new[] { "-0", "0.5", "1E+10", "2e-3", "12345678901234567890123", "0" },
            items.Items.Select(item => Assert.IsType<JsonNumber>(item).Text));
    }

    [Fact]
    public void Literals_and_empty_containers_are_read()
    {
        var items = Array(ParseValid("[true,false,null,{},[],\"\"]"));

        Assert.True(Assert.IsType<JsonBoolean>(items.Items[0]).Value);
        Assert.False(Assert.IsType<JsonBoolean>(items.Items[1]).Value);
        Assert.IsType<JsonNull>(items.Items[2]);
        Assert.Empty(Object(items.Items[3]).Members);
        Assert.Empty(Array(items.Items[4]).Items);
        Assert.Equal(string.Empty, Assert.IsType<JsonString>(items.Items[5]).Value);
        Assert.Equal((17, 2, 0, 17), At(items.Items[3].Span));
    }
}
