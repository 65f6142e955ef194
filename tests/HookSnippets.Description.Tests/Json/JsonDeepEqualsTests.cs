using HookSnippets.Description.Json;
using static HookSnippets.Description.Tests.Json.JsonTestHelpers;

namespace HookSnippets.Description.Tests.Json;

public class JsonDeepEqualsTests
{
    private static bool Equal(string a, string b) => JsonWriter.DeepEquals(Parse(a), Parse(b));

    // Duplicates are allowed here on purpose: they are reported, but the root is still built.
    private static JsonNode Parse(string text) => JsonParser.Parse(text, FilePath).Root!;

    [Theory]
    [InlineData("{\"a\": 1, \"b\": [true, null]}", "{\"b\":[true,null],\"a\":1}")]
    [InlineData("{\n  \"a\": \"x\"\n}", "{\"a\":\"x\"}")]
    [InlineData("\"\\u0041\"", "\"A\"")]
    [InlineData("{}", "{ }")]
    [InlineData("[]", "[ ]")]
    public void Member_order_whitespace_spans_and_escapes_do_not_matter(string a, string b)
    {
        Assert.True(Equal(a, b));
        Assert.True(Equal(b, a));
    }

    [Theory]
    [InlineData("1", "1.0")]
    [InlineData("1", "10e-1")]
    [InlineData("1", "0.1e1")]
    [InlineData("100", "1e2")]
    [InlineData("100", "1E+2")]
    [InlineData("-0", "0")]
    [InlineData("0.0", "0e10")]
    [InlineData("-1.50", "-15e-1")]
    [InlineData("1e400", "10e399")]
    [InlineData("12345678901234567890123", "1.2345678901234567890123e22")]
    public void Numbers_are_equal_by_value(string a, string b)
    {
        Assert.True(Equal(a, b));
        Assert.True(Equal(b, a));
    }

    [Theory]
    [InlineData("1", "2")]
    [InlineData("1", "-1")]
    [InlineData("12345678901234567890123", "12345678901234567890124")]
    [InlineData("1e-30", "2e-30")]
    [InlineData("0.1", "0.10000000000000001")]
    [InlineData("1e400", "1e401")]
    public void Different_numbers_are_not_equal_even_when_a_double_would_round_them_together(string a, string b)
    {
        Assert.False(Equal(a, b));
    }

    [Fact]
    public void Numbers_that_are_not_JSON_lexemes_compare_as_text()
    {
        Assert.True(JsonWriter.DeepEquals(new JsonNumber("0x10", default), new JsonNumber("0x10", default)));
        Assert.False(JsonWriter.DeepEquals(new JsonNumber("0x10", default), new JsonNumber("16", default)));
    }

    [Theory]
    [InlineData("[1, 2]", "[2, 1]")]
    [InlineData("[1, 2]", "[1, 2, 3]")]
    [InlineData("{\"a\": 1}", "{\"a\": 1, \"b\": 2}")]
    [InlineData("{\"a\": 1}", "{\"b\": 1}")]
    [InlineData("{\"a\": {\"b\": [1]}}", "{\"a\": {\"b\": [2]}}")]
    [InlineData("\"1\"", "1")]
    [InlineData("null", "false")]
    [InlineData("true", "false")]
    [InlineData("\"a\"", "\"A\"")]
    [InlineData("{}", "[]")]
    [InlineData("{\"x\": 1, \"x\": 1}", "{\"x\": 1, \"y\": 1}")]
    [InlineData("{\"x\": 1, \"x\": 2}", "{\"x\": 2, \"x\": 1}")]
    public void Different_values_are_not_equal(string a, string b)
    {
        Assert.False(Equal(a, b));
        Assert.False(Equal(b, a));
    }
}
