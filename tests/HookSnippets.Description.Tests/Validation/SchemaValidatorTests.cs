using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Validation;

namespace HookSnippets.Description.Tests.Validation;

public class SchemaValidatorTests
{
    /// <summary>Validates <paramref name="example"/> against type T of a description whose types are <paramref name="types"/>.</summary>
    private static SchemaViolation? Check(string types, string example)
    {
        var text = "{ \"name\": \"T\", \"baseUrl\": \"https://example.com\", \"operations\": {}, \"types\": " + types + " }";
        var read = DescriptionReader.Read(text, "types.json");
        Assert.Empty(read.Diagnostics);
        var description = read.Description!;
        var value = JsonParser.Parse(example, "example.json").Root!;
        return new SchemaValidator(description).Validate(value, description.FindType("T")!);
    }

    private static string Reason(string types, string example)
    {
        var violation = Check(types, example);
        Assert.NotNull(violation);
        return violation.Path + ": " + violation.Reason;
    }

    [Theory]
    [InlineData("3")]
    [InlineData("-3")]
    [InlineData("3.0")]
    [InlineData("3e2")]
    [InlineData("300e-2")]
    [InlineData("0.0")]
    [InlineData("123456789012345678901234567890")]
    public void Integers_are_numbers_without_a_fractional_value(string number) =>
        Assert.Null(Check("""{ "T": { "type": "integer" } }""", number));

    [Theory]
    [InlineData("3.5", "$: expected an integer, found the number 3.5 (type)")]
    [InlineData("1e-1", "$: expected an integer, found the number 1e-1 (type)")]
    [InlineData("\"3\"", "$: expected an integer, found the string '3' (type)")]
    public void Non_integers_are_rejected(string value, string expected) =>
        Assert.Equal(expected, Reason("""{ "T": { "type": "integer" } }""", value));

    [Fact]
    public void Nullable_allows_null_and_says_so_when_the_type_is_wrong()
    {
        const string types = """{ "T": { "type": "string", "nullable": true } }""";
        Assert.Null(Check(types, "null"));
        Assert.Equal("$: expected a string or null, found true (type)", Reason(types, "true"));
        Assert.Equal("$: expected a string, found null (type)", Reason("""{ "T": { "type": "string" } }""", "null"));
    }

    [Fact]
    public void A_schema_without_type_accepts_every_value()
    {
        foreach (var value in new[] { "null", "1", "\"x\"", "[1, {}]", "{\"a\": []}", "false" })
        {
            Assert.Null(Check("""{ "T": {} }""", value));
        }
    }

    [Fact]
    public void Twenty_one_secrets_exceed_max_properties_at_the_object()
    {
        var members = string.Join(", ", Enumerable.Range(1, 21).Select(i => $"\"K{i}\": \"V{i}\""));
        const string types = """{ "T": { "type": "object", "additionalProperties": { "type": "string" }, "minProperties": 1, "maxProperties": 20 } }""";
        Assert.Equal("$: an object may have at most 20 members (maxProperties), it has 21", Reason(types, "{" + members + "}"));
        Assert.Equal("$: an object must have at least 1 member (minProperties), it has 0", Reason(types, "{}"));
        Assert.Equal("$.K2: expected a string, found the number 2 (type)", Reason(types, """{ "K1": "V", "K2": 2 }"""));
    }

    [Fact]
    public void Closed_objects_name_the_unexpected_member_at_its_name()
    {
        const string types = """{ "T": { "type": "object", "properties": { "name": { "type": "string" }, "enabled": { "type": "boolean" } }, "required": ["name"], "additionalProperties": false } }""";
        var violation = Check(types, """{ "name": "n", "nmae": "x" }""");
        Assert.NotNull(violation);
        Assert.Equal("$.nmae: the member 'nmae' is not allowed (additionalProperties: false); allowed members: 'name', 'enabled'", violation.Path + ": " + violation.Reason);
        Assert.Equal(15, violation.Span.Start);
        Assert.Equal(6, violation.Span.Length);
        Assert.Equal("$: the member 'name' is required and missing (required)", Reason(types, """{ "enabled": true }"""));
        Assert.Equal("$.enabled: expected a boolean, found the string 'yes' (type)", Reason(types, """{ "name": "n", "enabled": "yes" }"""));
    }

    [Fact]
    public void Enum_and_const_compare_values_deeply()
    {
        const string types = """{ "T": { "enum": ["credentials-exchange", "pre-user-registration", 1, { "a": [true] }] } }""";
        Assert.Null(Check(types, "1.0"));
        Assert.Null(Check(types, """{ "a": [true] }"""));
        Assert.Equal("$: 'x' is not one of 'credentials-exchange', 'pre-user-registration', 1, {...} (enum)", Reason(types, "\"x\""));
        Assert.Equal("$: expected 'v1', found the string 'v2' (const)", Reason("""{ "T": { "const": "v1" } }""", "\"v2\""));
    }

    [Fact]
    public void Long_enum_lists_are_shortened()
    {
        var values = string.Join(", ", Enumerable.Range(1, 12).Select(i => $"\"v{i}\""));
        Assert.Equal(
            "$: 'x' is not one of 'v1', 'v2', 'v3', 'v4', 'v5', 'v6', 'v7', 'v8', 'v9', 'v10', ... (12 values) (enum)",
            Reason("{ \"T\": { \"enum\": [" + values + "] } }", "\"x\""));
    }

    [Fact]
    public void String_lengths_count_code_points()
    {
        const string types = """{ "T": { "type": "string", "minLength": 2, "maxLength": 2 } }""";
        Assert.Null(Check(types, "\"\\uD83D\\uDE00x\""));
        Assert.Equal("$: a string must have at least 2 characters (minLength), it has 1", Reason(types, "\"\\uD83D\\uDE00\""));
        Assert.Equal("$: a string may have at most 2 characters (maxLength), it has 3", Reason(types, "\"abc\""));
    }

    [Fact]
    public void Arrays_check_items_and_counts_with_the_item_index_in_the_path()
    {
        const string types = """{ "T": { "type": "array", "items": { "type": "string" }, "minItems": 1, "maxItems": 2 } }""";
        Assert.Equal("$[1]: expected a string, found the number 2 (type)", Reason(types, """["a", 2]"""));
        Assert.Equal("$: an array must have at least 1 item (minItems), it has 0", Reason(types, "[]"));
        Assert.Equal("$: an array may have at most 2 items (maxItems), it has 3", Reason(types, """["a", "b", "c"]"""));
    }

    [Fact]
    public void Numbers_are_checked_against_minimum_and_maximum()
    {
        const string types = """{ "T": { "type": "integer", "minimum": 0, "maximum": 100 } }""";
        Assert.Null(Check(types, "100"));
        Assert.Equal("$: the number must be at least 0 (minimum), it is -1", Reason(types, "-1"));
        Assert.Equal("$: the number must be at most 100 (maximum), it is 101", Reason(types, "101"));
        Assert.Equal("$: the number must be at most 100 (maximum), it is 1e400", Reason(types, "1e400"));
    }

    [Fact]
    public void Patterns_search_with_ecma_semantics()
    {
        const string types = """{ "T": { "type": "string", "pattern": "^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$" } }""";
        Assert.Null(Check(types, "\"my-hook 2\""));
        Assert.Equal("$: 'my hook!' does not match the pattern '^[a-zA-Z0-9]([ \\-a-zA-Z0-9]*[a-zA-Z0-9])?$' (pattern)", Reason(types, "\"my hook!\""));

        // ECMA-262 \d is ASCII only, unlike .NET's default.
        Assert.NotNull(Check("""{ "T": { "type": "string", "pattern": "^\\d$" } }""", "\"\u0663\""));

        // Unanchored patterns match anywhere, as JSON Schema says.
        Assert.Null(Check("""{ "T": { "type": "string", "pattern": "b" } }""", "\"abc\""));
    }

    [Fact]
    public void A_backtracking_pattern_times_out_as_a_diagnostic_instead_of_hanging()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var violation = Check("""{ "T": { "type": "string", "pattern": "^(a|aa)+$" } }""", "\"" + new string('a', 64) + "!\"");
        Assert.NotNull(violation);
        Assert.Equal(DiagnosticIds.PatternTimeout, violation.Id);
        Assert.StartsWith("matching 'aaaa", violation.Reason);
        Assert.EndsWith("against the pattern '^(a|aa)+$' took longer than 100 ms (pattern)", violation.Reason);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), started.Elapsed.ToString());
    }

    [Theory]
    [InlineData("2024-01-31T12:00:00Z")]
    [InlineData("2024-02-29T23:59:60.123+05:30")]
    [InlineData("1990-12-31t23:59:59z")]
    public void Date_times_follow_rfc_3339(string value) =>
        Assert.Null(Check("""{ "T": { "type": "string", "format": "date-time" } }""", "\"" + value + "\""));

    [Theory]
    [InlineData("2023-02-29T12:00:00Z")]
    [InlineData("2024-01-31 12:00:00Z")]
    [InlineData("2024-01-31T24:00:00Z")]
    [InlineData("2024-01-31T12:00:00")]
    [InlineData("2024-01-31T12:00:00.Z")]
    [InlineData("2024-01-31T12:00:00+0530")]
    public void Invalid_date_times_are_rejected(string value) =>
        Assert.Equal(
            "$: '" + value + "' is not an RFC 3339 date-time such as '2024-01-31T12:00:00Z' (format: date-time)",
            Reason("""{ "T": { "type": "string", "format": "date-time" } }""", "\"" + value + "\""));

    [Fact]
    public void Uris_must_be_absolute_with_a_scheme()
    {
        const string types = """{ "T": { "type": "string", "format": "uri" } }""";
        Assert.Null(Check(types, "\"https://example.com/a?b=c\""));
        Assert.Null(Check(types, "\"urn:isbn:0451450523\""));
        Assert.Equal("$: '/hooks' is not an absolute URI such as 'https://example.com/hook' (format: uri)", Reason(types, "\"/hooks\""));
    }

    [Fact]
    public void One_of_reports_the_failure_of_the_only_alternative_of_the_right_type()
    {
        const string types = """
            {
              "T": { "oneOf": [ { "type": "array", "items": { "$ref": "#/types/Hook" } }, { "$ref": "#/types/List" } ] },
              "Hook": { "type": "object", "properties": { "id": { "type": "string" } } },
              "List": { "type": "object", "properties": { "total": { "type": "integer" }, "hooks": { "type": "array", "items": { "$ref": "#/types/Hook" } } }, "required": ["total"] }
            }
            """;
        Assert.Null(Check(types, """[{ "id": "h" }]"""));
        Assert.Null(Check(types, """{ "total": 1, "hooks": [] }"""));
        Assert.Equal("$[0].id: expected a string, found the number 1 (type)", Reason(types, """[{ "id": 1 }]"""));
        Assert.Equal("$.total: expected an integer, found the string 'one' (type)", Reason(types, """{ "total": "one" }"""));
        Assert.Equal(
            "$: the value matches none of the 2 alternatives (oneOf): alternative 1: expected an array, found the string 'x' (type); alternative 2: expected an object, found the string 'x' (type)",
            Reason(types, "\"x\""));
    }

    [Fact]
    public void One_of_rejects_a_value_matching_several_alternatives_while_any_of_accepts_it()
    {
        Assert.Equal(
            "$: the value matches 2 alternatives (oneOf: alternatives 1 and 3), exactly one must match",
            Reason("""{ "T": { "oneOf": [ { "type": "number" }, { "type": "string" }, { "type": "integer" } ] } }""", "7"));
        Assert.Null(Check("""{ "T": { "anyOf": [ { "type": "number" }, { "type": "integer" } ] } }""", "7"));
        Assert.Equal(
            "$: the value matches none of the 2 alternatives (anyOf): alternative 1: expected a number, found true (type); alternative 2: expected a string, found true (type)",
            Reason("""{ "T": { "anyOf": [ { "type": "number" }, { "type": "string" } ] } }""", "true"));
    }

    [Fact]
    public void All_of_requires_every_part()
    {
        const string types = """{ "T": { "allOf": [ { "type": "string" }, { "minLength": 3 } ] } }""";
        Assert.Null(Check(types, "\"abc\""));
        Assert.Equal("$: a string must have at least 3 characters (minLength), it has 2", Reason(types, "\"ab\""));
    }

    [Fact]
    public void Recursive_types_validate_nested_values_and_cycles_without_progress_terminate()
    {
        const string tree = """{ "T": { "type": "object", "properties": { "children": { "type": "array", "items": { "$ref": "#/types/T" } } } } }""";
        Assert.Null(Check(tree, """{ "children": [ { "children": [] } ] }"""));
        Assert.Equal("$.children[0].children: expected an array, found the number 1 (type)", Reason(tree, """{ "children": [ { "children": 1 } ] }"""));

        const string cycle = """{ "T": { "$ref": "#/types/U" }, "U": { "allOf": [ { "$ref": "#/types/T" }, { "type": "string" } ] } }""";
        Assert.Null(Check(cycle, "\"s\""));
        Assert.Equal("$: expected a string, found the number 1 (type)", Reason(cycle, "1"));
    }

    [Fact]
    public void Member_names_that_are_not_identifiers_are_quoted_in_paths()
    {
        Assert.Equal(
            @"$['my key']['it\'s'][0]: expected a string, found null (type)",
            Reason("""{ "T": { "additionalProperties": { "additionalProperties": { "items": { "type": "string" } } } } }""", """{ "my key": { "it's": [null] } }"""));
    }
}
