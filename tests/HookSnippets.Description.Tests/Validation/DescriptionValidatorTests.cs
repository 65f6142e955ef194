using HookSnippets.Description.Diagnostics;
using static HookSnippets.Description.Tests.Validation.DescriptionTexts;

namespace HookSnippets.Description.Tests.Validation;

/// <summary>One test per validator code: code, severity, message and 1-based position as the CLI prints them.</summary>
public class DescriptionValidatorTests
{
    [Fact]
    public void A_clean_description_has_no_diagnostics() => Assert.Empty(Report(With(GetPet)));

    [Fact]
    public void HS1009_path_template_parameter_not_declared()
    {
        var text = With("""
                "pets.get": {
                  "method": "GET",
                  "path": "/pets/{id}",
                  "responses": { "200": { "description": "The pet." } }
                }
            """);
        Assert.Equal(
            ["endpoints.json(10,15): error HS1009: The path '/pets/{id}' uses '{id}', but operation 'pets.get' declares no path parameter 'id'; add \"id\": { \"in\": \"path\", \"schema\": { \"type\": \"string\" }, \"example\": \"...\" } to its parameters."],
            Report(text));
    }

    [Fact]
    public void HS1009_names_a_parameter_declared_in_the_wrong_place()
    {
        var text = With(GetPet.Replace("\"in\": \"path\"", "\"in\": \"query\""));
        Assert.Equal(
            ["endpoints.json(10,15): error HS1009: The path '/pets/{id}' uses '{id}', but operation 'pets.get' declares no path parameter 'id'; its parameter 'id' is a query parameter; make it \"in\": \"path\"."],
            Report(text));
    }

    [Fact]
    public void HS1010_declared_path_parameter_not_in_the_template()
    {
        var text = With(GetPet.Replace("/pets/{id}", "/pets"));
        Assert.Equal(
            ["endpoints.json(11,23): error HS1010: Path parameter 'id' of operation 'pets.get' does not appear in its path '/pets'; add '{id}' to the path or make it a query parameter."],
            Report(text));
    }

    [Fact]
    public void HS1011_operation_ids_that_become_the_same_csharp_name()
    {
        var text = With(GetPet + ",\n" + GetPet.Replace("pets.get", "pets.Get"));
        Assert.Equal(
            ["endpoints.json(14,5): error HS1011: Operation ids 'pets.get' and 'pets.Get' both become the C# name 'Pets.Get'; rename one of them."],
            Report(text));
    }

    [Fact]
    public void HS1011_parameters_that_become_the_same_csharp_parameter()
    {
        var text = With("""
                "pets.list": {
                  "method": "GET",
                  "path": "/pets",
                  "parameters": { "per_page": { "in": "query" }, "perPage": { "in": "header" } },
                  "responses": { "200": { "description": "The pets." } }
                }
            """);
        Assert.Equal(
            ["endpoints.json(11,54): error HS1011: The parameter 'per_page' and the parameter 'perPage' of operation 'pets.list' both become the C# parameter 'perPage'; rename one of them."],
            Report(text));
    }

    [Fact]
    public void HS1011_types_and_properties_that_become_the_same_csharp_name()
    {
        var text = With(GetPet, types: """{ "pet": {}, "Pet": { "properties": { "per_page": {}, "per-page": {} } } }""");
        Assert.Equal(
            [
                "endpoints.json(6,25): error HS1011: Types 'pet' and 'Pet' both become the C# type 'Pet'; rename one of them.",
                "endpoints.json(6,66): error HS1011: Properties 'per_page' and 'per-page' both become the C# property 'PerPage'; rename one of them.",
            ],
            Report(text));
    }

    [Fact]
    public void HS1012_a_secrets_example_with_21_entries()
    {
        var secrets = string.Join(", ", Enumerable.Range(1, 21).Select(i => $"\"K{i}\": \"V\""));
        var text = With($$"""
                "secrets.create": {
                  "method": "POST",
                  "path": "/secrets",
                  "body": {
                    "schema": { "type": "object", "additionalProperties": { "type": "string" }, "minProperties": 1, "maxProperties": 20 },
                    "example": { {{secrets}} }
                  },
                  "responses": { "201": { "description": "Added." } }
                }
            """);
        Assert.Equal(
            ["endpoints.json(13,20): error HS1012: Body example of operation 'secrets.create' does not match the schema at $: an object may have at most 20 members (maxProperties), it has 21."],
            Report(text));
    }

    [Fact]
    public void HS1012_a_string_example_where_the_schema_says_object()
    {
        var text = With("""
                "secrets.create": {
                  "method": "POST",
                  "path": "/secrets",
                  "body": {
                    "schema": { "type": "object", "additionalProperties": { "type": "string" } },
                    "example": "HOOK_SECRET_KEY=HOOK_SECRET_VALUE"
                  },
                  "responses": { "201": { "description": "Added." } }
                }
            """);
        Assert.Equal(
            ["endpoints.json(13,20): error HS1012: Body example of operation 'secrets.create' does not match the schema at $: expected an object, found the string 'HOOK_SECRET_KEY=HOOK_SECRET_VALUE' (type)."],
            Report(text));
    }

    [Fact]
    public void HS1012_an_enum_member_of_a_body_example_through_a_reference()
    {
        var text = With(
            """
                "hooks.create": {
                  "method": "POST",
                  "path": "/hooks",
                  "body": { "schema": { "$ref": "#/types/NewHook" }, "example": { "name": "h", "triggerId": "x" } },
                  "responses": { "201": { "description": "Created." } }
                }
            """,
            types: """{ "NewHook": { "type": "object", "properties": { "name": { "type": "string" }, "triggerId": { "enum": ["credentials-exchange", "pre-user-registration"] } } } }""");
        Assert.Equal(
            ["endpoints.json(11,97): error HS1012: Body example of operation 'hooks.create' does not match the schema at $.triggerId: 'x' is not one of 'credentials-exchange', 'pre-user-registration' (enum)."],
            Report(text));
    }

    [Fact]
    public void HS1012_parameter_examples_and_schema_defaults()
    {
        var text = With(
            """
                "pets.list": {
                  "method": "GET",
                  "path": "/pets",
                  "parameters": { "per_page": { "in": "query", "schema": { "type": "integer", "maximum": 50 }, "example": 100 } },
                  "responses": { "200": { "description": "The pets." } }
                }
            """,
            types: """{ "Size": { "type": "integer", "default": "big" } }""");
        Assert.Equal(
            [
                "endpoints.json(6,54): error HS1012: Default does not match the schema at $: expected an integer, found the string 'big' (type).",
                "endpoints.json(11,111): error HS1012: Example of parameter 'per_page' of operation 'pets.list' does not match the schema at $: the number must be at most 50 (maximum), it is 100.",
            ],
            Report(text));
    }

    [Fact]
    public void HS1013_unresolved_reference()
    {
        var text = With(
            GetPet.Replace("\"description\": \"The pet.\"", "\"schema\": { \"$ref\": \"#/types/Pett\" }"),
            types: """{ "Pet": {} }""");
        Assert.Equal(
            ["endpoints.json(12,41): error HS1013: The reference '#/types/Pett' names no type; declared types: 'Pet'. Fix the name or add the type under \"types\"."],
            Report(text));
    }

    [Fact]
    public void HS1013_reference_outside_the_types()
    {
        var text = With(GetPet.Replace("\"description\": \"The pet.\"", "\"schema\": { \"$ref\": \"#/components/schemas/Pet\" }"));
        Assert.Equal(
            ["endpoints.json(12,41): error HS1013: The reference '#/components/schemas/Pet' is not of the form '#/types/Name'; references can only name a type declared under \"types\"."],
            Report(text));
    }

    [Fact]
    public void HS1014_body_on_get_is_a_warning_and_delete_with_body_is_fine()
    {
        const string body = "\"body\": { \"schema\": { \"type\": \"array\" }, \"example\": [\"SECRET1\"] },\n      \"responses\"";
        var text = With(GetPet.Replace("\"responses\"", body));
        Assert.Equal(
            ["endpoints.json(12,15): warning HS1014: Operation 'pets.get' is a GET with a request body, which many HTTP clients and proxies drop or reject; send the data as query parameters or use POST."],
            Report(text));
        Assert.Empty(Report(With(GetPet.Replace("\"responses\"", body).Replace("\"GET\"", "\"DELETE\""))));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    public void HS1015_dot_segment_path_example(string example)
    {
        var text = With(GetPet.Replace("PET_ID", example));
        Assert.Equal(
            [$"endpoints.json(11,56): error HS1015: The example '{example}' of path parameter 'id' of operation 'pets.get' is a dot segment that every HTTP client collapses, so the request would go to another URL; use another example."],
            Report(text));
    }

    [Fact]
    public void HS1016_base_url_variable_not_declared()
    {
        var text = With(GetPet, baseUrl: "https://{tenant}.example.com/v1", variables: "{}");
        Assert.Equal(
            ["endpoints.json(3,14): error HS1016: The base URL uses '{tenant}', but no variable 'tenant' is declared; add \"variables\": { \"tenant\": { \"example\": \"YOUR_TENANT\" } }."],
            Report(text));
    }

    [Fact]
    public void HS1017_invalid_pattern()
    {
        var text = With(GetPet.Replace("\"in\": \"path\"", "\"in\": \"path\", \"schema\": { \"type\": \"string\", \"pattern\": \"[a-z\" }"));
        Assert.Equal(
            ["endpoints.json(11,55): error HS1017: The pattern '[a-z' is not a valid regular expression (Invalid pattern '[a-z' at offset 4. Unterminated [] set.); write it in ECMA-262 syntax, as JSON Schema asks, and escape '\\' as '\\\\' inside JSON strings."],
            Report(text));
    }

    [Theory]
    [InlineData("pets..get")]
    [InlineData("2pets.get")]
    [InlineData("pets.get-one")]
    public void HS1018_operation_id_not_made_of_dotted_identifiers(string id)
    {
        var text = With(GetPet.Replace("pets.get", id));
        Assert.Equal(
            [$"endpoints.json(8,5): error HS1018: Operation id '{id}' is not made of dotted identifiers (letters, digits and '_', not starting with a digit, joined by single dots); name it like 'hooks.secrets.create'."],
            Report(text));
    }

    [Theory]
    [InlineData("ftp://{host}/v1", "ftp://YOUR_HOST/v1", "is not an absolute http or https URL")]
    [InlineData("{host}/v1", "YOUR_HOST/v1", "is not an absolute http or https URL")]
    [InlineData("https://{host}/v1?x=1", "https://YOUR_HOST/v1?x=1", "has a query or fragment, which operation paths cannot follow")]
    [InlineData("https://{host}/v1/", "https://YOUR_HOST/v1/", "ends with '/', so every request path would start with '//'")]
    public void HS1019_base_url_not_an_absolute_http_url(string baseUrl, string substituted, string problem)
    {
        var text = With(GetPet, baseUrl: baseUrl);
        Assert.Equal(
            [$"endpoints.json(3,14): error HS1019: The base URL '{substituted}' {problem}; write it like 'https://{{domain}}/api/v2' with each variable's example making it a valid URL."],
            Report(text));
    }

    [Fact]
    public void HS1020_operation_without_success_response()
    {
        var text = With(GetPet.Replace(",\n      \"responses\": { \"200\": { \"description\": \"The pet.\" } }", string.Empty));
        Assert.Equal(
            ["endpoints.json(8,5): warning HS1020: Operation 'pets.get' declares no success response, so clients cannot tell success from failure; add one under \"responses\", such as \"204\": { \"description\": \"No content.\" }."],
            Report(text));
    }

    [Fact]
    public void HS1021_required_body_without_example()
    {
        var text = With("""
                "pets.create": {
                  "method": "POST",
                  "path": "/pets",
                  "body": { "schema": { "type": "object" } },
                  "responses": { "201": { "description": "Created." } }
                }
            """);
        Assert.Equal(
            ["endpoints.json(11,15): warning HS1021: The body of operation 'pets.create' is required but has no example, so samples would send no body; add an \"example\"."],
            Report(text));
        Assert.Empty(Report(text.Replace("\"body\": {", "\"body\": { \"required\": false,")));
    }

    [Fact]
    public void HS1022_base_url_variable_declared_but_unused()
    {
        var text = With(GetPet, baseUrl: "https://example.com/v1");
        Assert.Equal(
            ["endpoints.json(4,18): warning HS1022: Variable 'host' is declared but the base URL 'https://example.com/v1' does not use it; write '{host}' in the base URL or remove the variable."],
            Report(text));
    }

    [Fact]
    public void HS1023_pattern_that_backtracks_past_the_timeout()
    {
        var example = new string('a', 64) + "!";
        var text = With(GetPet.Replace("\"in\": \"path\"", "\"in\": \"path\", \"schema\": { \"pattern\": \"^(a|aa)+$\" }").Replace("PET_ID", example));
        Assert.Equal(
            [$"endpoints.json(11,94): error HS1023: Example of parameter 'id' of operation 'pets.get' at $: matching '{example.Substring(0, 60)}...' against the pattern '^(a|aa)+$' took longer than 100 ms (pattern); simplify the pattern (nested quantifiers such as (a+)+ backtrack exponentially)."],
            Report(text));
    }

    [Fact]
    public void HS1024_path_parameter_without_example()
    {
        var text = With(GetPet.Replace(", \"example\": \"PET_ID\"", string.Empty));
        Assert.Equal(
            ["endpoints.json(11,23): error HS1024: Path parameter 'id' of operation 'pets.get' has no example, so samples cannot build the URL; add an \"example\" (a placeholder such as \"ID\")."],
            Report(text));
    }

    [Fact]
    public void HS1025_header_parameter_the_request_sets_itself()
    {
        var text = With(GetPet.Replace("\"example\": \"PET_ID\" }", "\"example\": \"PET_ID\" }, \"authorization\": { \"in\": \"header\", \"example\": \"TOKEN\" }"));
        Assert.Equal(
            ["endpoints.json(11,68): error HS1025: Header parameter 'authorization' of operation 'pets.get' names a header the request sets itself (Authorization comes from \"auth\", Content-Type from the body, the others from the HTTP client); remove the parameter."],
            Report(text));
    }

    [Fact]
    public void HS1026_placeholder_missing_from_the_body_example()
    {
        var text = With("""
                "secrets.create": {
                  "method": "POST",
                  "path": "/secrets",
                  "body": { "schema": {}, "example": { "HOOK_SECRET_KEY": "HOOK_SECRET_VALUE" }, "placeholders": { "HOOK_SECRET_KEY": "Name.", "SECRET_VALUE": "Value.", "HOOK_SECRET_VALUES": "Values." } },
                  "responses": { "201": { "description": "Added." } }
                }
            """);
        Assert.Equal(
            ["endpoints.json(11,15): warning HS1026: Placeholder 'HOOK_SECRET_VALUES' of the body of operation 'secrets.create' does not occur in the body example; use it in the example or remove it from \"placeholders\"."],
            Report(text));
    }

    [Theory]
    [InlineData("pets/{id}", "it must start with '/'")]
    [InlineData("/pets/{id", "'{' at character 7 has no closing '}'")]
    [InlineData("/pets/id}", "'}' at character 9 has no opening '{'")]
    [InlineData("/pets/{}/{id}", "'{}' at character 7 names no parameter")]
    [InlineData("/pets/{id}?x=1", "it must not contain '?' or '#' (declare query parameters under \"parameters\" instead)")]
    public void HS1027_malformed_path_template(string path, string problem)
    {
        Assert.Equal(
            [$"endpoints.json(10,15): error HS1027: The path '{path}' of operation 'pets.get' is not a valid path template: {problem}."],
            Report(With(GetPet.Replace("/pets/{id}", path))));
    }

    [Fact]
    public void HS1028_schema_that_no_value_can_match()
    {
        var text = With(GetPet, types: """{ "Name": { "type": "string", "minLength": 5, "maxLength": 2 }, "Closed": { "required": ["id"], "additionalProperties": false } }""");
        Assert.Equal(
            [
                "endpoints.json(6,22): error HS1028: No value can match this schema: minLength (5) is greater than maxLength (2); make minLength at most maxLength.",
                "endpoints.json(6,86): error HS1028: No value can match this schema: the required member 'id' is not under \"properties\" and additionalProperties is false; declare it under \"properties\" or remove it from \"required\".",
            ],
            Report(text));
    }

    [Fact]
    public void HS1001_the_original_pages_secrets_body_is_a_syntax_error_at_the_bracket()
    {
        var text = With("""
                "secrets.create": {
                  "method": "POST",
                  "path": "/secrets",
                  "body": { "schema": {}, "example": { [ "HOOK_SECRET_KEY", "HOOK_SECRET_VALUE" ] } },
                  "responses": { "201": { "description": "Added." } }
                }
            """);
        var diagnostic = Assert.Single(DescriptionReader.Read(text, FilePath).Diagnostics);
        Assert.Equal(DiagnosticIds.JsonSyntax, diagnostic.Id);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.StartsWith("endpoints.json(11,44): error HS1001: ", diagnostic.ToString());
        Assert.Contains("member name", diagnostic.Message);
    }

    [Fact]
    public void Diagnostics_come_in_file_order()
    {
        var text = With(GetPet.Replace("pets.get", "pets..get").Replace("PET_ID", ".."), baseUrl: "https://example.com/v1");
        Assert.Equal(["HS1022", "HS1018", "HS1015"], DescriptionReader.Read(text, FilePath).Diagnostics.Select(d => d.Id));
    }
}
