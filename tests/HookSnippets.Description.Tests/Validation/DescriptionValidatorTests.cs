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
    public void HS1015_empty_path_example()
    {
        var text = With(GetPet.Replace("\"PET_ID\"", "\"\""));
        Assert.Equal(
            ["endpoints.json(11,56): error HS1015: The example '' of path parameter 'id' of operation 'pets.get' is empty, and an empty segment changes the path, so the request would go to another URL; use another example."],
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
    [InlineData(" https://{host}/v1", " https://YOUR_HOST/v1", "holds U+0020 at character 1, which is not a URL character (write a space or a non-ASCII letter percent-encoded, a host in its ASCII form)")]
    [InlineData("https://{host}/a b", "https://YOUR_HOST/a b", "holds U+0020 at character 20, which is not a URL character (write a space or a non-ASCII letter percent-encoded, a host in its ASCII form)")]
    [InlineData("https://{host}/b\u00fccher", "https://YOUR_HOST/b\u00fccher", "holds U+00FC at character 20, which is not a URL character (write a space or a non-ASCII letter percent-encoded, a host in its ASCII form)")]
    [InlineData("https://{host}/100%", "https://YOUR_HOST/100%", "has a '%' at character 22 that starts no %XX escape")]
    [InlineData("https://user@{host}/v1", "https://user@YOUR_HOST/v1", "has user information before '@', which credentials do not belong in (use \"auth\")")]
    [InlineData("https://{host}:/v1", "https://YOUR_HOST:/v1", "has the port '', not a number from 1 to 65535")]
    [InlineData("https://{host}:0/v1", "https://YOUR_HOST:0/v1", "has the port '0', not a number from 1 to 65535")]
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
        var text = With(GetPet.Replace("\"in\": \"path\"", "\"in\": \"path\", \"schema\": { \"type\": \"string\", \"pattern\": \"^(a|aa)+$\" }").Replace("PET_ID", example));
        Assert.Equal(
            [$"endpoints.json(11,112): error HS1023: Example of parameter 'id' of operation 'pets.get' at $: matching '{example.Substring(0, 60)}...' against the pattern '^(a|aa)+$' took longer than 100 ms (pattern); simplify the pattern (nested quantifiers such as (a+)+ backtrack exponentially)."],
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

    [Theory]
    [InlineData("https://{host}:8443/v1")]
    [InlineData("https://[::1]:8443/v1")]
    [InlineData("https://{host}/a%20b")]
    [InlineData("HTTPS://{host}/v1")]
    public void HS1019_accepts_what_every_sample_calls_as_written(string baseUrl) =>
        Assert.DoesNotContain(DescriptionReader.Read(With(GetPet, baseUrl: baseUrl), FilePath).Diagnostics, d => d.Severity == Severity.Error);

    [Theory]
    [InlineData("path", """{ "type": "object" }""", "")]
    [InlineData("path", "{}", "")]
    [InlineData("header", """{ "type": "array", "items": { "type": "string" } }""", "")]
    [InlineData("query", """{ "oneOf": [{ "type": "string" }, { "type": "integer" }] }""", " (or an array of them)")]
    [InlineData("query", """{ "enum": [1, 2] }""", " (or an array of them)")]
    [InlineData("query", """{ "type": "null" }""", " (or an array of them)")]
    [InlineData("query", """{ "type": "array" }""", " (or an array of them)")]
    [InlineData("query", """{ "type": "array", "items": { "type": "array", "items": { "type": "string" } } }""", " (or an array of them)")]
    [InlineData("query", """{ "$ref": "#/types/Pet" }""", " (or an array of them)")]
    [InlineData("query", """{ "$ref": "#/types/Loop" }""", " (or an array of them)")]
    public void HS1029_parameter_schema_no_url_or_header_carries(string location, string schema, string arrays)
    {
        var parameter = location == "path" ? "\"id\": { \"in\": \"path\", \"schema\": " + schema + ", \"example\": \"PET_ID\" }" : "\"id\": { \"in\": \"path\", \"example\": \"PET_ID\" }, \"x\": { \"in\": \"" + location + "\", \"schema\": " + schema + " }";
        var text = With(GetPet.Replace("\"id\": { \"in\": \"path\", \"example\": \"PET_ID\" }", parameter), types: """{ "Pet": { "properties": { "name": { "type": "string" } } }, "Loop": { "type": "array", "items": { "$ref": "#/types/Loop" } } }""");
        var name = location == "path" ? "id" : "x";
        // A path example that no object schema matches is HS1012 besides.
        var diagnostic = Assert.Single(DescriptionReader.Read(text, FilePath).Diagnostics, d => d.Id != DiagnosticIds.ExampleMismatch);
        Assert.Equal(
            $"The schema of {location} parameter '{name}' of operation 'pets.get' is not a string, integer, number, boolean or string enum{arrays}, so neither a URL nor the generated client can carry it; give it such a type (a list of values goes in the query, a structured value in the body).",
            diagnostic.Message);
        Assert.Equal((DiagnosticIds.UnsendableParameterType, Severity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(schema, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
    }

    [Theory]
    [InlineData("path", """{ "type": "integer", "enum": [1, 2] }""", "1")]
    [InlineData("path", """{ "$ref": "#/types/Color" }""", "\"red\"")]
    [InlineData("path", """{ "$ref": "#/types/Id" }""", "\"ID\"")]
    [InlineData("header", """{ "allOf": [{ "type": "boolean" }] }""", "true")]
    [InlineData("header", """{ "oneOf": [{ "type": "number" }, { "type": "null" }] }""", "1.5")]
    [InlineData("query", """{ "type": "array", "items": { "$ref": "#/types/Color" } }""", "[\"red\"]")]
    [InlineData("query", """{ "type": "string", "format": "date-time" }""", "\"2026-11-18T00:00:00Z\"")]
    public void HS1029_is_not_reported_for_what_the_client_takes_as_a_scalar_or_a_list_of_them(string location, string schema, string example)
    {
        var parameter = location == "path" ? "\"id\": { \"in\": \"path\", \"schema\": " + schema + ", \"example\": " + example + " }" : "\"id\": { \"in\": \"path\", \"example\": \"PET_ID\" }, \"x\": { \"in\": \"" + location + "\", \"schema\": " + schema + ", \"example\": " + example + " }";
        var text = With(GetPet.Replace("\"id\": { \"in\": \"path\", \"example\": \"PET_ID\" }", parameter), types: """{ "Color": { "type": "string", "enum": ["red", "blue"] }, "Id": { "$ref": "#/types/Text" }, "Text": { "type": "string" } }""");
        Assert.DoesNotContain(DescriptionReader.Read(text, FilePath).Diagnostics, d => d.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("query", """{ "type": "string", "nullable": true }""", "null", "holds null, which a URL or a header cannot carry (the schema allows it as a value, not as something to send); give a string, number or boolean example, or none to leave the parameter out of samples.")]
    [InlineData("query", """{ "type": "array", "items": { "type": "string", "nullable": true } }""", "[\"a\", null]", "holds null, which a URL or a header cannot carry (the schema allows it as a value, not as something to send); give a string, number or boolean example, or none to leave the parameter out of samples.")]
    [InlineData("header", """{ "type": "string" }""", "\"caf\u00e9\"", "cannot be sent as a header value: it holds U+00E9, and header values are printable ASCII (U+0020 to U+007E); use another example.")]
    [InlineData("header", """{ "type": "string" }""", "\"a\\tb\"", "cannot be sent as a header value: it holds U+0009, and header values are printable ASCII (U+0020 to U+007E); use another example.")]
    [InlineData("header", """{ "type": "string" }""", "\"note \"", "cannot be sent as a header value: it begins or ends with a space, which HTTP clients strip; use another example.")]
    public void HS1030_parameter_example_no_request_can_hold(string location, string schema, string example, string problem)
    {
        var text = With(GetPet.Replace("\"id\": { \"in\": \"path\", \"example\": \"PET_ID\" }", "\"id\": { \"in\": \"path\", \"example\": \"PET_ID\" }, \"x\": { \"in\": \"" + location + "\", \"schema\": " + schema + ", \"example\": " + example + " }"));
        var diagnostic = Assert.Single(DescriptionReader.Read(text, FilePath).Diagnostics);
        Assert.Equal($"The example of {location} parameter 'x' of operation 'pets.get' {problem}", diagnostic.Message);
        Assert.Equal((DiagnosticIds.UnsendableExample, Severity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(example, text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
    }

    [Fact]
    public void HS1007_a_lone_surrogate_anywhere_in_the_file_at_each_string_that_holds_one()
    {
        var text = With(GetPet.Replace("\"The pet.\"", "\"The \\ud83d pet.\"").Replace("PET_ID", "PET\\udc00"));
        Assert.Equal(
            [
                "endpoints.json(11,56): error HS1007: This string holds a lone UTF-16 surrogate (an unpaired \\uD800-\\uDFFF escape), which has no UTF-8 form, so no sample, page or request can hold it; write the whole character (both halves of the pair) or remove the escape.",
                "endpoints.json(12,46): error HS1007: This string holds a lone UTF-16 surrogate (an unpaired \\uD800-\\uDFFF escape), which has no UTF-8 form, so no sample, page or request can hold it; write the whole character (both halves of the pair) or remove the escape.",
            ],
            Report(text));
        Assert.Empty(Report(With(GetPet.Replace("PET_ID", "PET\\ud83d\\ude00"))));
    }

    [Fact]
    public void HS1001_a_replacement_character_written_as_such_is_where_a_decoder_met_a_byte_that_is_not_utf8()
    {
        var text = With(GetPet.Replace("PET_ID", "PET_\uFFFD"));
        var diagnostic = Assert.Single(DescriptionReader.Read(text, FilePath).Diagnostics);
        Assert.Equal("endpoints.json(11,61): error HS1001: The text holds U+FFFD, the replacement character a decoder puts where a byte is not UTF-8: the file is probably not valid UTF-8; save it as UTF-8, or write the character as the escape \\uFFFD if it is meant.", diagnostic.ToString());

        var bytes = System.Text.Encoding.UTF8.GetBytes(With(GetPet.Replace("PET_ID", "PET_\u00e9")));
        bytes[Array.IndexOf(bytes, (byte)0xC3)] = 0xFF;
        var fromBytes = Assert.Single(DescriptionReader.Read(bytes, FilePath).Diagnostics);
        Assert.Equal((diagnostic.Id, diagnostic.Span.StartLine, diagnostic.Span.StartColumn), (fromBytes.Id, fromBytes.Span.StartLine, fromBytes.Span.StartColumn));
        Assert.Empty(Report(With(GetPet.Replace("PET_ID", "PET\\uFFFD"))));
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
