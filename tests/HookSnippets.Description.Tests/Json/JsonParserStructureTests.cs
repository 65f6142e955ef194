using System.Text;
using System.Threading;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using static HookSnippets.Description.Tests.Json.JsonTestHelpers;

namespace HookSnippets.Description.Tests.Json;

public class JsonParserStructureTests
{
    private const string TooDeep = "Objects and arrays are nested more than 256 levels deep; the reader stops here.";

    [Fact]
    public void A_duplicate_member_is_reported_at_the_second_name_and_reading_goes_on()
    {
        var result = JsonParser.Parse("{\n  \"a\": 1,\n  \"b\": {\"a\": 2},\n  \"a\": 3\n}", FilePath);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.JsonDuplicateMember, diagnostic.Id);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("Duplicate member 'a': a member of that name already appears at line 2, column 3.", diagnostic.Message);
        Assert.Equal((31, 3, 3, 2), At(diagnostic.Span));
        Assert.Equal(
            "endpoints.json(4,3): error HS1003: Duplicate member 'a': a member of that name already appears at line 2, column 3.",
            diagnostic.ToString());

        var root = Object(result.Root!);
        Assert.Equal(new[] { "a", "b", "a" }, root.Members.Select(member => member.Name));
    }

    [Fact]
    public void Every_repeat_points_at_the_first_occurrence()
    {
        var result = JsonParser.Parse("{\"x\": 1, \"x\": 2, \"x\": 3}", FilePath);

        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal("Duplicate member 'x': a member of that name already appears at line 1, column 2.", d.Message));
        Assert.Equal(new[] { 9, 17 }, result.Diagnostics.Select(d => d.Span.Start));
    }

    [Fact]
    public void Duplicates_are_found_in_wide_objects_too()
    {
        var members = Enumerable.Range(0, 40).Select(i => $"\"k{i}\": {i}").ToList();
        members.Add("\"k3\": true");
        members.Add("\"k39\": false");
        var result = JsonParser.Parse("{" + string.Join(",\n", members) + "}", FilePath);

        Assert.Equal(
            new[]
            {
                "Duplicate member 'k3': a member of that name already appears at line 4, column 1.",
                "Duplicate member 'k39': a member of that name already appears at line 40, column 1.",
            },
            result.Diagnostics.Select(d => d.Message));
        Assert.Equal(new[] { 41, 42 }, result.Diagnostics.Select(d => d.Span.StartLine + 1));
    }

    [Fact]
    public void Names_that_differ_only_in_case_or_after_escapes_are_compared_as_decoded_text()
    {
        var result = JsonParser.Parse("{\"a\": 1, \"A\": 2, \"\\u0061\": 3}", FilePath);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("Duplicate member 'a': a member of that name already appears at line 1, column 2.", diagnostic.Message);
        Assert.Equal(17, diagnostic.Span.Start);
    }

    [Fact]
    public void A_duplicate_before_a_syntax_error_is_kept_and_the_root_is_dropped()
    {
        var result = JsonParser.Parse("{\"a\": 1, \"a\": 2,}", FilePath);

        Assert.Null(result.Root);
        Assert.Equal(new[] { DiagnosticIds.JsonDuplicateMember, DiagnosticIds.JsonSyntax }, result.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_accepted()
    {
        var depth = JsonParser.MaxDepth;
        var node = ParseValid(new string('[', depth) + new string(']', depth));

        for (var level = 1; level < depth; level++)
        {
            node = Assert.Single(Array(node).Items);
        }

        Assert.Empty(Array(node).Items);
    }

    [Fact]
    public void One_level_more_than_the_limit_is_HS1002_at_the_bracket_that_exceeds_it()
    {
        var depth = JsonParser.MaxDepth + 1;
        var diagnostic = AssertSingleError(
            new string('[', depth) + new string(']', depth), DiagnosticIds.JsonTooDeep, 1, JsonParser.MaxDepth + 1, TooDeep);

        Assert.Equal(1, diagnostic.Span.Length);
    }

    [Fact]
    public void Deeply_nested_objects_give_HS1002_on_the_line_of_the_opening_brace()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 300; i++)
        {
            builder.Append("{\"a\":\n");
        }

        AssertSingleError(builder.ToString(), DiagnosticIds.JsonTooDeep, JsonParser.MaxDepth + 1, 1, TooDeep);
    }

    [Fact]
    public void A_hundred_thousand_open_brackets_give_HS1002_without_exhausting_a_small_stack()
    {
        var text = new string('[', 100_000);
        JsonParseResult? result = null;

        // A 256 KB stack is far below the 1 MB and more the compiler's threads get; the reader must fit in it.
        var thread = new Thread(() => result = JsonParser.Parse(text, FilePath), 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.NotNull(result);
        Assert.Null(result!.Root);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.JsonTooDeep, diagnostic.Id);
        Assert.Equal(JsonParser.MaxDepth, diagnostic.Span.Start);
    }
}
