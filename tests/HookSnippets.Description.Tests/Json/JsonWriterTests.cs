using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Text;
using static HookSnippets.Description.Tests.Json.JsonTestHelpers;

namespace HookSnippets.Description.Tests.Json;

public class JsonWriterTests
{
    private const string Compact = "{\"name\":\"x\",\"list\":[1,true,null,{},[]],\"obj\":{\"k\":-2.5e3,\"s\":\"a\\\"b\"}}";

    [Fact]
    public void Compact_output_has_no_whitespace_and_keeps_member_order_and_number_text()
    {
        var node = ParseValid("{ \"name\" : \"x\",\n \"list\": [ 1, true, null, { }, [ ] ],\r\n \"obj\": { \"k\": -2.5e3, \"s\": \"a\\\"b\" } }");

        Assert.Equal(Compact, JsonWriter.Write(node, indented: false));
    }

    [Fact]
    public void Indented_output_uses_two_spaces_colon_space_and_LF()
    {
        var expected =
            "{\n" +
            "  \"name\": \"x\",\n" +
            "  \"list\": [\n" +
            "    1,\n" +
            "    true,\n" +
            "    null,\n" +
            "    {},\n" +
            "    []\n" +
            "  ],\n" +
            "  \"obj\": {\n" +
            "    \"k\": -2.5e3,\n" +
            "    \"s\": \"a\\\"b\"\n" +
            "  }\n" +
            "}";

        Assert.Equal(expected, JsonWriter.Write(ParseValid(Compact), indented: true));
    }

    [Fact]
    public void Empty_containers_are_written_closed_in_both_forms()
    {
        Assert.Equal("{}", JsonWriter.Write(ParseValid("{ \n }"), indented: true));
        Assert.Equal("[]", JsonWriter.Write(ParseValid("[\n]"), indented: true));
        Assert.Equal("{\"a\":[],\"b\":{}}", JsonWriter.Write(ParseValid("{\"a\": [ ], \"b\": { }}"), indented: false));
    }

    [Fact]
    public void Scalars_are_written_alone()
    {
        Assert.Equal("12345678901234567890123", JsonWriter.Write(new JsonNumber("12345678901234567890123", default), indented: true));
        Assert.Equal("false", JsonWriter.Write(new JsonBoolean(false, default), indented: false));
        Assert.Equal("null", JsonWriter.Write(new JsonNull(default), indented: false));
        Assert.Equal("\"/\"", JsonWriter.Write(new JsonString("/", default), indented: false));
    }

    [Fact]
    public void Strings_escape_only_what_JSON_requires_plus_control_characters_and_lone_surrogates()
    {
        var value = "\"\\\b\f\n\r\t\u0000\u0001\u001f\u007f é\U0001F600\u2028\u2029\u0085<>&'\ud800x\udc00";

        var written = JsonWriter.Write(new JsonString(value, default), indented: false);

        Assert.Equal(
            "\"\\\"\\\\\\b\\f\\n\\r\\t\\u0000\\u0001\\u001f\u007f é\U0001F600\u2028\u2029\u0085<>&'\\ud800x\\udc00\"",
            written);
    }

    [Fact]
    public void Member_names_are_escaped_like_strings()
    {
        var node = new JsonObject(
            new EquatableArray<JsonMember>(new[] { new JsonMember("a\"\n", default, new JsonNumber("1", default)) }),
            default);

        Assert.Equal("{\"a\\\"\\n\":1}", JsonWriter.Write(node, indented: false));
        Assert.Equal("{\n  \"a\\\"\\n\": 1\n}", JsonWriter.Write(node, indented: true));
    }

    [Fact]
    public void Indented_output_parses_back_to_an_equal_value()
    {
        var node = ParseValid(Compact);

        var reparsed = ParseValid(JsonWriter.Write(node, indented: true));

        Assert.True(JsonWriter.DeepEquals(node, reparsed));
        Assert.Equal(Compact, JsonWriter.Write(reparsed, indented: false));
    }

    [Fact]
    public void Spans_do_not_affect_the_output()
    {
        var span = new SourceSpan(10, 3, 1, 2, 1, 5);

        Assert.Equal(
            JsonWriter.Write(new JsonString("v", default), indented: false),
            JsonWriter.Write(new JsonString("v", span), indented: false));
    }
}
