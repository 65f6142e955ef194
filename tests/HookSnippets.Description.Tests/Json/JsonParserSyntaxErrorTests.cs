using HookSnippets.Description.Diagnostics;
using static HookSnippets.Description.Tests.Json.JsonTestHelpers;

namespace HookSnippets.Description.Tests.Json;

public class JsonParserSyntaxErrorTests
{
    private const string ExpectedValue = "a JSON value (an object, array, string, number, true, false or null)";
    private const string ValidEscapes = "Valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hexadecimal digits.";

    [Fact]
    public void The_original_Auth0_body_is_reported_at_the_bracket_as_a_missing_member_name()
    {
        AssertSingleError(
            "{ [ \"KEY\", \"VALUE\" ] }",
            DiagnosticIds.JsonSyntax,
            1,
            3,
            "Expected an object member name (a string in double quotes) but found '['.");
    }

    [Fact]
    public void The_original_Auth0_body_inside_a_description_prints_in_MSBuild_format()
    {
        var diagnostic = AssertSingleError(
            "{\n  \"body\": { [ \"KEY\", \"VALUE\" ] }\n}",
            DiagnosticIds.JsonSyntax,
            2,
            13,
            "Expected an object member name (a string in double quotes) but found '['.");

        Assert.Equal(1, diagnostic.Span.Length);
        Assert.Equal(
            "endpoints.json(2,13): error HS1001: Expected an object member name (a string in double quotes) but found '['.",
            diagnostic.ToString());
    }

    [Theory]
    [InlineData("{\"a\": 1,}", 1, 8, "Trailing comma before '}' is not allowed in JSON.")]
    [InlineData("[1, 2, ]", 1, 6, "Trailing comma before ']' is not allowed in JSON.")]
    [InlineData("{\"a\": [1,\n]}", 1, 9, "Trailing comma before ']' is not allowed in JSON.")]
    public void Trailing_commas_are_reported_at_the_comma(string text, int line, int column, string message) =>
        AssertSingleError(text, DiagnosticIds.JsonSyntax, line, column, message);

    [Theory]
    [InlineData("{\"a\": 1 // note\n}", 1, 9)]
    [InlineData("/* header */ {}", 1, 1)]
    [InlineData("{}\n// trailer", 2, 1)]
    [InlineData("[1, /* two */ 2]", 1, 5)]
    [InlineData("{\"a\": // value\n 1}", 1, 7)]
    [InlineData("{ // first\n\"a\": 1}", 1, 3)]
    public void Comments_are_rejected_where_they_start(string text, int line, int column) =>
        AssertSingleError(text, DiagnosticIds.JsonSyntax, line, column, "Comments are not allowed in JSON.");

    [Theory]
    [InlineData("{'a': 1}", 1, 2)]
    [InlineData("[\"a\", 'b']", 1, 7)]
    [InlineData("{\"a\": 'b'}", 1, 7)]
    public void Single_quotes_are_rejected(string text, int line, int column) =>
        AssertSingleError(text, DiagnosticIds.JsonSyntax, line, column, "Strings must use double quotes.");

    [Theory]
    [InlineData("[NaN]", "Invalid number 'NaN': NaN and Infinity are not allowed in JSON.")]
    [InlineData("[Infinity]", "Invalid number 'Infinity': NaN and Infinity are not allowed in JSON.")]
    [InlineData("[-Infinity]", "Invalid number '-Infinity': NaN and Infinity are not allowed in JSON.")]
    [InlineData("[012]", "Invalid number '012': leading zeros are not allowed in JSON.")]
    [InlineData("[-01]", "Invalid number '-01': leading zeros are not allowed in JSON.")]
    [InlineData("[+1]", "Invalid number '+1': JSON numbers cannot start with '+'.")]
    [InlineData("[.5]", "Invalid number '.5': JSON numbers need a digit before the decimal point.")]
    [InlineData("[1.]", "Invalid number '1.': a digit must follow the decimal point.")]
    [InlineData("[1.e5]", "Invalid number '1.e5': a digit must follow the decimal point.")]
    [InlineData("[1e]", "Invalid number '1e': the exponent needs at least one digit.")]
    [InlineData("[1e+]", "Invalid number '1e+': the exponent needs at least one digit.")]
    [InlineData("[-]", "Invalid number '-': a digit must follow the minus sign.")]
    [InlineData("[- 1]", "Invalid number '-': a digit must follow the minus sign.")]
    [InlineData("[0x1F]", "Invalid number '0x1F': this is not a JSON number.")]
    [InlineData("[1.2.3]", "Invalid number '1.2.3': this is not a JSON number.")]
    public void Invalid_numbers_are_reported_at_their_start(string text, string message) =>
        AssertSingleError(text, DiagnosticIds.JsonSyntax, 1, 2, message);

    [Theory]
    [InlineData("-", "Invalid number '-': a digit must follow the minus sign.")]
    [InlineData("-Inf", "Invalid number '-Inf': a digit must follow the minus sign.")]
    [InlineData("1e", "Invalid number '1e': the exponent needs at least one digit.")]
    [InlineData("01", "Invalid number '01': leading zeros are not allowed in JSON.")]
    public void Invalid_numbers_at_the_end_of_the_file_are_reported(string text, string message) =>
        AssertSingleError(text, DiagnosticIds.JsonSyntax, 1, 1, message);

    [Fact]
    public void An_invalid_number_spans_the_whole_token()
    {
        var diagnostic = AssertSingleError(
            "{\"n\": -Infinity}", DiagnosticIds.JsonSyntax, 1, 7, "Invalid number '-Infinity': NaN and Infinity are not allowed in JSON.");

        Assert.Equal(9, diagnostic.Span.Length);
    }

    [Theory]
    [InlineData("[\"a\tb\"]", 1, 4, "Control character U+0009 must be escaped in a string (write \\t).")]
    [InlineData("[\"a\u0001\"]", 1, 4, "Control character U+0001 must be escaped in a string (write \\u0001).")]
    [InlineData("[\"\u001f\"]", 1, 3, "Control character U+001F must be escaped in a string (write \\u001f).")]
    [InlineData("[\"a\\n\bb\"]", 1, 6, "Control character U+0008 must be escaped in a string (write \\b).")]
    public void Unescaped_control_characters_in_strings_are_rejected(string text, int line, int column, string message) =>
        AssertSingleError(text, DiagnosticIds.JsonSyntax, line, column, message);

    [Theory]
    [InlineData("[\"abc", "Unterminated string: the file ends before the closing double quote.")]
    [InlineData("[\"ab\\\"", "Unterminated string: the file ends before the closing double quote.")]
    [InlineData("[\"ab\\", "Unterminated string: the file ends before the closing double quote.")]
    [InlineData("[\"abc\n]", "Unterminated string: the line ends before the closing double quote (write a line break in a string as \\n).")]
    [InlineData("[\"a\\tbc\r\n]", "Unterminated string: the line ends before the closing double quote (write a line break in a string as \\n).")]
    public void Unterminated_strings_are_reported_at_the_opening_quote(string text, string message) =>
        AssertSingleError(text, DiagnosticIds.JsonSyntax, 1, 2, message);

    [Theory]
    [InlineData("[\"a\\x\"]", 1, 4, "Invalid escape sequence '\\x'. " + ValidEscapes)]
    [InlineData("[\"\\'\"]", 1, 3, "Invalid escape sequence '\\''. " + ValidEscapes)]
    [InlineData("[\"\\U0041\"]", 1, 3, "Invalid escape sequence '\\U'. " + ValidEscapes)]
    [InlineData("[\"\\\u0001\"]", 1, 3, "Invalid escape sequence '\\U+0001'. " + ValidEscapes)]
    [InlineData("[\"\\u12G4\"]", 1, 3, "Invalid escape sequence '\\u12': \\u must be followed by four hexadecimal digits.")]
    [InlineData("[\"\\u\"]", 1, 3, "Invalid escape sequence '\\u': \\u must be followed by four hexadecimal digits.")]
    [InlineData("[\"\\u004", 1, 3, "Invalid escape sequence '\\u004': \\u must be followed by four hexadecimal digits.")]
    [InlineData("[\"x\\uZZZZ\"]", 1, 4, "Invalid escape sequence '\\u': \\u must be followed by four hexadecimal digits.")]
    public void Invalid_escapes_are_reported_at_the_backslash(string text, int line, int column, string message) =>
        AssertSingleError(text, DiagnosticIds.JsonSyntax, line, column, message);

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_reported_at_its_start(string text)
    {
        var diagnostic = AssertSingleError(text, DiagnosticIds.JsonSyntax, 1, 1, "The file is empty: expected a JSON object.");

        Assert.Equal(0, diagnostic.Span.Start);
    }

    [Theory]
    [InlineData("{} {}", 1, 4, "Unexpected '{' after the end of the JSON document: a file holds a single JSON value.")]
    [InlineData("{}\nx", 2, 1, "Unexpected 'x' after the end of the JSON document: a file holds a single JSON value.")]
    [InlineData("[1]]", 1, 4, "Unexpected ']' after the end of the JSON document: a file holds a single JSON value.")]
    [InlineData("{},", 1, 3, "Unexpected ',' after the end of the JSON document: a file holds a single JSON value.")]
    public void Content_after_the_root_is_rejected(string text, int line, int column, string message) =>
        AssertSingleError(text, DiagnosticIds.JsonSyntax, line, column, message);

    [Theory]
    [InlineData("{\"a\": 1 \"b\": 2}", 1, 9, "Expected ',' or '}' after the value of member 'a' but found '\"'. Is a comma missing?")]
    [InlineData("{\"a\": 1 ]", 1, 9, "Expected ',' or '}' after the value of member 'a' but found ']'.")]
    [InlineData("{\"a\" 1}", 1, 6, "Expected ':' after member name 'a' but found '1'.")]
    [InlineData("{\"a\"= 1}", 1, 5, "Expected ':' after member name 'a' but found '='.")]
    [InlineData("{a: 1}", 1, 2, "Expected an object member name (a string in double quotes) but found 'a'.")]
    [InlineData("{\"a\": 1, 2}", 1, 10, "Expected an object member name (a string in double quotes) but found '2'.")]
    [InlineData("{\"a\": }", 1, 7, "Expected " + ExpectedValue + " but found '}'.")]
    [InlineData("[1 2]", 1, 4, "Expected ',' or ']' after an array item but found '2'. Is a comma missing?")]
    [InlineData("[1 }", 1, 4, "Expected ',' or ']' after an array item but found '}'.")]
    [InlineData("[,1]", 1, 2, "Expected " + ExpectedValue + " but found ','.")]
    [InlineData("[1,,2]", 1, 4, "Expected " + ExpectedValue + " but found ','.")]
    [InlineData("[nul]", 1, 2, "Expected " + ExpectedValue + " but found 'nul'.")]
    [InlineData("[undefined]", 1, 2, "Expected " + ExpectedValue + " but found 'undefined'.")]
    [InlineData("[truex]", 1, 2, "Expected " + ExpectedValue + " but found 'truex'.")]
    [InlineData("[True]", 1, 2, "Unexpected 'True': JSON literals are lower case (true).")]
    [InlineData("[NULL]", 1, 2, "Unexpected 'NULL': JSON literals are lower case (null).")]
    [InlineData("[\u00A01]", 1, 2, "Expected " + ExpectedValue + " but found U+00A0.")]
    [InlineData("[\u20281]", 1, 2, "Expected " + ExpectedValue + " but found U+2028.")]
    [InlineData("[\uFEFF1]", 1, 2, "Expected " + ExpectedValue + " but found U+FEFF.")]
    [InlineData("[\U0001F600]", 1, 2, "Expected " + ExpectedValue + " but found '\U0001F600'.")]
    [InlineData("[/1]", 1, 2, "Expected " + ExpectedValue + " but found '/'.")]
    public void Unexpected_tokens_name_what_was_expected(string text, int line, int column, string message) =>
        AssertSingleError(text, DiagnosticIds.JsonSyntax, line, column, message);

    [Theory]
    [InlineData("{\"a\": [1, 2", 1, 12, "Unexpected end of file: the array opened at line 1, column 7 is not closed.")]
    [InlineData("{\n  \"a\": 1\n", 3, 1, "Unexpected end of file: the object opened at line 1, column 1 is not closed.")]
    [InlineData("{\"a\":", 1, 6, "Unexpected end of file: expected a JSON value.")]
    [InlineData("[", 1, 2, "Unexpected end of file: expected a JSON value.")]
    [InlineData("[1,", 1, 4, "Unexpected end of file: expected a JSON value.")]
    [InlineData("{", 1, 2, "Unexpected end of file: expected an object member name.")]
    [InlineData("{\"a\": 1,", 1, 9, "Unexpected end of file: expected an object member name.")]
    [InlineData("{\"a\"", 1, 5, "Unexpected end of file: expected ':' after member name 'a'.")]
    public void An_early_end_of_file_says_what_is_missing(string text, int line, int column, string message)
    {
        var diagnostic = AssertSingleError(text, DiagnosticIds.JsonSyntax, line, column, message);

        Assert.Equal(0, diagnostic.Span.Length);
        Assert.Equal(text.Length, diagnostic.Span.Start);
    }

    [Fact]
    public void Only_the_first_syntax_error_is_reported()
    {
        AssertSingleError("[1,,2,,3", DiagnosticIds.JsonSyntax, 1, 4, "Expected " + ExpectedValue + " but found ','.");
    }
}
