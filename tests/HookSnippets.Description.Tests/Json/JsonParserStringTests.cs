using HookSnippets.Description.Json;
using static HookSnippets.Description.Tests.Json.JsonTestHelpers;

namespace HookSnippets.Description.Tests.Json;

public class JsonParserStringTests
{
    private static string ReadString(string json) => Assert.IsType<JsonString>(Array(ParseValid("[" + json + "]")).Items[0]).Value;

    [Fact]
    public void Every_short_escape_is_decoded()
    {
        Assert.Equal("\"\\/\b\f\n\r\t", ReadString("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""));
    }

    [Theory]
    [InlineData("\"\\u0041\\u00e9\\u00E9\"", "A\u00e9\u00e9")]
    [InlineData("\"\\u0000\"", "\0")]
    [InlineData("\"\\ud83d\\ude00\"", "\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"a\\ud83d\\ude00b\"", "a\U0001F600b")]
    [InlineData("\"\\u2028\"", "\u2028")]
    public void Unicode_escapes_and_surrogate_pairs_are_decoded(string json, string expected)
    {
        Assert.Equal(expected, ReadString(json));
    }

    // Expected values are code units: a lone surrogate cannot travel through an attribute argument intact.
    [Theory]
    [InlineData("\"\\ud83d\"", new[] { 0xD83D })]
    [InlineData("\"\\ude00\"", new[] { 0xDE00 })]
    [InlineData("\"x\\ud83dy\"", new[] { 'x', 0xD83D, 'y' })]
    [InlineData("\"\\ude00\\ud83d\"", new[] { 0xDE00, 0xD83D })]
    public void Lone_surrogate_escapes_are_kept_as_the_char(string json, int[] expected)
    {
        Assert.Equal(expected, ReadString(json).Select(c => (int)c));
    }

    [Fact]
    public void Raw_non_ASCII_text_is_kept_as_written()
    {
        Assert.Equal("caf\u00e9 \U0001F600 \u2028 \u007f", ReadString("\"caf\u00e9 \U0001F600 \u2028 \u007f\""));
    }

    [Fact]
    public void An_escaped_string_spans_its_source_text_with_both_quotes()
    {
        var item = Array(ParseValid("[\"\\ud83d\\ude00\"]")).Items[0];

        Assert.Equal((1, 14, 0, 1), At(item.Span));
    }

    [Fact]
    public void Escaped_member_names_are_decoded_and_span_their_source_text()
    {
        var member = Object(ParseValid("{\"a\\\"b\": 1}")).Members[0];

        Assert.Equal("a\"b", member.Name);
        Assert.Equal((1, 6, 0, 1), At(member.NameSpan));
    }

    [Theory]
    [InlineData("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001\\u001f\"")]
    [InlineData("\"\\ud83d\"")]
    [InlineData("\"caf\u00e9 \U0001F600 \u2028\"")]
    public void Escapes_round_trip_through_the_writer(string json)
    {
        var node = Array(ParseValid("[" + json + "]")).Items[0];

        var written = JsonWriter.Write(node, indented: false);

        Assert.Equal(json, written);
        Assert.Equal(Assert.IsType<JsonString>(node).Value, ReadString(written));
    }
}
