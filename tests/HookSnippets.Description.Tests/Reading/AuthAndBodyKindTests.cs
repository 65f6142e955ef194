using HookSnippets.Description.Bodies;
using HookSnippets.Description.Model;
using HookSnippets.Description.Tests.Validation;

namespace HookSnippets.Description.Tests.Reading;

/// <summary>
/// Auth schemes and security lists, form and multipart bodies with their encoding, text and file bodies, and named
/// examples (docs/endpoint-format.md): what the binder makes of them and what the validator refuses, at which span.
/// </summary>
public class AuthAndBodyKindTests
{
    private const string Schemes = """
        {
          "name": "Shop",
          "baseUrl": "https://api.example.com",
          "authSchemes": {
            "basic": { "type": "basic", "username": "ACCOUNT_SID", "password": "AUTH+TOKEN/=:@", "description": "Account and token." },
            "key": { "type": "apiKey", "in": "query", "name": "api_key", "example": "YOUR_API_KEY" },
            "session": { "type": "apiKey", "in": "cookie", "name": "sid", "example": "SESSION+ID/=:@" },
            "oauth": { "type": "oauth2", "example": "ACCESS_TOKEN", "scopes": { "read:orders": "Read orders." } }
          },
          "security": ["basic", ["key", "session"], "oauth"],
          "operations": {
            "orders.list": { "method": "GET", "path": "/orders", "scopes": ["read:orders"], "responses": { "200": {} } },
            "health.get": { "method": "GET", "path": "/health", "security": [], "responses": { "200": {} } }
          }
        }
        """;

    [Fact]
    public void Named_schemes_and_alternatives_bind_in_declared_order()
    {
        var result = DescriptionReader.Read(Schemes, "endpoints.json");

        Assert.Empty(result.Diagnostics);
        var api = result.Description!;
        Assert.Equal(["basic", "key", "session", "oauth"], api.AuthSchemes.Select(s => s.Name));
        Assert.Equal((AuthType.Basic, "ACCOUNT_SID", "AUTH+TOKEN/=:@"), (api.AuthSchemes[0].Type, api.AuthSchemes[0].Username, api.AuthSchemes[0].Password));
        Assert.Equal((ApiKeyLocation.Query, "api_key", "YOUR_API_KEY"), (api.AuthSchemes[1].In, api.AuthSchemes[1].KeyName, api.AuthSchemes[1].Example));
        Assert.Equal(ApiKeyLocation.Cookie, api.AuthSchemes[2].In);
        Assert.Equal(new OAuthScope("read:orders", "Read orders."), Assert.Single(api.AuthSchemes[3].Scopes));
        Assert.True(api.AuthSchemes[3].IsBearer);
        Assert.Equal([["basic"], ["key", "session"], ["oauth"]], api.Security.Select(r => r.Schemes.ToArray()));
        Assert.Null(api.Operations[0].Security);
        Assert.Equal(api.Security, api.SecurityOf(api.Operations[0]));
        Assert.Empty(api.SecurityOf(api.Operations[1]));
    }

    [Fact]
    public void Auth_alone_is_the_one_scheme_of_every_operation()
    {
        var api = DescriptionReader.Read(DescriptionTexts.With(DescriptionTexts.GetPet), "endpoints.json").Description!;

        var scheme = Assert.Single(api.AuthSchemes);
        Assert.Equal((AuthScheme.SingleName, AuthType.Bearer, "API_TOKEN"), (scheme.Name, scheme.Type, scheme.Example));
        Assert.Equal([AuthScheme.SingleName], Assert.Single(api.Security).Schemes);
    }

    [Fact]
    public void Auth_and_auth_schemes_together_are_an_error_at_auth_schemes()
    {
        var text = DescriptionTexts.With(DescriptionTexts.GetPet).Replace(
            "\"types\":",
            "\"authSchemes\": { \"b\": { \"type\": \"bearer\", \"example\": \"T\" } },\n  \"types\":",
            StringComparison.Ordinal);

        var errors = DescriptionTexts.Report(text);

        Assert.Equal(["endpoints.json(6,18): error HS1007: The description has both 'auth' and 'authSchemes': 'auth' is the one scheme of every operation; with several schemes, name each under 'authSchemes' and list the alternatives under 'security'."], errors);
    }

    [Theory]
    [InlineData("""{ "type": "bearer", "example": "a token" }""", "The token 'a token' of auth scheme 's' cannot be sent as a bearer token")]
    [InlineData("""{ "type": "basic", "username": "", "password": "P" }""", "The username '' of auth scheme 's' cannot be sent")]
    [InlineData("""{ "type": "basic", "username": "U", "password": "pässword" }""", "The password 'pässword' of auth scheme 's' cannot be sent")]
    [InlineData("""{ "type": "apiKey", "in": "header", "name": "Content-Type", "example": "K" }""", "The header name 'Content-Type' of auth scheme 's' cannot carry a key")]
    [InlineData("""{ "type": "apiKey", "in": "header", "name": "X-Key", "example": "K " }""", "The key 'K ' of auth scheme 's' cannot be sent in a header")]
    [InlineData("""{ "type": "apiKey", "in": "query", "name": "api key", "example": "K" }""", "The query name 'api key' of auth scheme 's' cannot be sent as written")]
    [InlineData("""{ "type": "apiKey", "in": "cookie", "name": "sid", "example": "a;b" }""", "The key 'a;b' of auth scheme 's' cannot be sent in a cookie")]
    public void A_credential_that_cannot_be_sent_is_HS1032_at_the_scheme(string scheme, string message)
    {
        var text = Frame(
            "\"authSchemes\": { \"s\": " + scheme + " },\n  \"security\": [\"s\"],",
            """ "ping": { "method": "GET", "path": "/ping", "responses": { "200": {} } } """);

        var error = Assert.Single(DescriptionTexts.Report(text));

        Assert.StartsWith("endpoints.json(4,20): error HS1032: " + message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_credentials_in_one_header_and_a_parameter_where_the_key_goes_are_HS1032()
    {
        var text = Frame(
            """
            "authSchemes": {
                "token": { "type": "bearer", "example": "T" },
                "key": { "type": "apiKey", "in": "header", "name": "authorization", "example": "K" },
                "q": { "type": "apiKey", "in": "query", "name": "key", "example": "K" }
              },
              "security": [["token", "key"], "q"],
            """,
            """ "ping": { "method": "GET", "path": "/ping", "parameters": { "key": { "in": "query", "example": "x" } }, "responses": { "200": {} } } """);

        var errors = DescriptionTexts.Report(text);

        Assert.Equal(
            [
                "endpoints.json(9,16): error HS1032: The auth schemes 'token' and 'key' of one alternative of the 'security' of the description both go in the header authorization, so one would overwrite the other; list them as separate alternatives.",
                "endpoints.json(11,62): error HS1032: Parameter 'key' of operation 'ping' goes where the key of auth scheme 'q' goes, so the request would hold two values; remove the parameter (the scheme sends the key).",
            ],
            errors);
    }

    [Fact]
    public void Form_fields_follow_the_example_in_order_with_repeated_and_bracketed_names()
    {
        var body = Body(
            """
            {
              "contentType": "application/x-www-form-urlencoded",
              "schema": { "type": "object" },
              "example": { "To": "+15551234", "MediaUrl": ["a b", "c&d"], "Tags": ["x", "y"], "metadata": { "order": { "id": 7 }, "ok": true }, "expand": ["customer"] },
              "encoding": { "Tags": { "style": "comma" }, "metadata": { "style": "deepObject" }, "expand": { "style": "deepObject" } }
            }
            """);

        var fields = BodyFields.Of(body, body.Example!);

        Assert.Null(fields.Problem);
        Assert.Equal(
            [("To", "+15551234"), ("MediaUrl", "a b"), ("MediaUrl", "c&d"), ("Tags", "x,y"), ("metadata[order][id]", "7"), ("metadata[ok]", "true"), ("expand[0]", "customer")],
            fields.Fields.Select(f => (f.Name, f.Value)));
        Assert.All(fields.Fields, f => Assert.Equal(FieldKind.Text, f.Kind));
    }

    [Fact]
    public void Multipart_parts_are_text_files_and_json()
    {
        var body = Body(
            """
            {
              "contentType": "multipart/form-data",
              "schema": { "type": "object" },
              "example": { "purpose": "fine-tune", "file": "training.jsonl", "images": ["a.png", "b.png"], "meta": { "k": 1 }, "n": 2 },
              "encoding": {
                "file": { "file": true, "filename": "data \"1\".jsonl", "contentType": "application/jsonl" },
                "images": { "file": true, "contentType": "image/png" }
              }
            }
            """);

        var fields = BodyFields.Of(body, body.Example!);

        Assert.Null(fields.Problem);
        Assert.Equal(
            [
                ("purpose", FieldKind.Text, "fine-tune", null, null),
                ("file", FieldKind.File, "training.jsonl", "application/jsonl", "data \"1\".jsonl"),
                ("images", FieldKind.File, "a.png", "image/png", "a.png"),
                ("images", FieldKind.File, "b.png", "image/png", "b.png"),
                ("meta", FieldKind.Json, "{\"k\":1}", "application/json", null),
                ("n", FieldKind.Text, "2", null, null),
            ],
            fields.Fields.Select(f => (f.Name, f.Kind, f.Value, f.ContentType, f.FileName)));
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", """ "example": ["a"] """, "cannot be sent as application/x-www-form-urlencoded: the example of a form body must be an object whose members are its fields, not an array.")]
    [InlineData("application/x-www-form-urlencoded", """ "example": { "a": null } """, "field 'a' is null, and a form field is text")]
    [InlineData("application/x-www-form-urlencoded", """ "example": { "a": [{ "b": 1 }] } """, "field 'a' is an array holding an object")]
    [InlineData("application/x-www-form-urlencoded", """ "example": { "a": "x\u0000y" } """, "the value of field 'a' cannot be sent: it holds U+0000 (NUL)")]
    [InlineData("multipart/form-data", """ "example": { "f": "../etc/passwd" }, "encoding": { "f": { "file": true } } """, "file field 'f' holds the string '../etc/passwd'")]
    [InlineData("multipart/form-data", """ "example": { "f": ["x"] }, "encoding": { "f": { "style": "comma" } } """, "field 'f' has an encoding style, which only form bodies use")]
    [InlineData("text/plain", """ "example": 5 """, "a text body's example is the text, a string, not the number 5.")]
    [InlineData("application/octet-stream", """ "example": "my report.pdf" """, "the example of a file body names the local file the sample uploads")]
    [InlineData("application/json", """ "example": {}, "encoding": { "a": { "style": "deepObject" } } """, "applies to form and multipart bodies, not to application/json")]
    public void An_example_that_does_not_fit_its_media_type_is_HS1033(string contentType, string members, string message)
    {
        var text = Frame(
            string.Empty,
            $$""" "up": { "method": "POST", "path": "/up", "body": { "contentType": "{{contentType}}", "schema": {}, {{members}} }, "responses": { "200": {} } } """);

        var error = Assert.Single(DescriptionTexts.Report(text));

        Assert.Contains(" error HS1033: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_examples_keep_their_order_and_the_first_is_the_default()
    {
        var text = Frame(
            string.Empty,
            """
            "tickets.buy": {
                  "method": "POST",
                  "path": "/tickets",
                  "parameters": { "lang": { "in": "query", "examples": { "french": { "value": "fr" }, "german": { "summary": "German", "value": "de" } } } },
                  "body": {
                    "schema": { "type": "object", "properties": { "type": { "type": "string" } } },
                    "examples": { "general": { "summary": "General entry", "value": { "type": "general" } }, "event": { "value": { "type": "event" } } }
                  },
                  "responses": { "201": { "schema": { "type": "object" }, "examples": { "general": { "value": { "id": "T1" } }, "event": { "value": { "id": "T2" } } } } },
                  "errors": { "404": { "message": "Not found.", "examples": { "missing": { "value": { "error": "no such event" } } } } }
                }
            """);

        var result = DescriptionReader.Read(text, "endpoints.json");

        Assert.Empty(result.Diagnostics);
        var operation = Assert.Single(result.Description!.Operations);
        Assert.Equal(["general", "event"], operation.Body!.Examples.Select(e => e.Name));
        Assert.Equal("General entry", operation.Body.Examples[0].Summary);
        Assert.Equal(operation.Body.Examples[0].Value, operation.Body.Example);
        Assert.Equal(["french", "german"], operation.Parameters[0].Examples.Select(e => e.Name));
        Assert.Equal("fr", ((HookSnippets.Description.Json.JsonString)operation.Parameters[0].Example!).Value);
        Assert.Equal(2, operation.Responses[0].Examples.Count);
        Assert.Equal(("Not found.", "missing"), (operation.Errors[0].Message, operation.Errors[0].Examples[0].Name));
    }

    [Fact]
    public void A_named_example_that_does_not_match_its_schema_is_HS1012_naming_it()
    {
        var text = Frame(
            string.Empty,
            """ "n": { "method": "GET", "path": "/n", "parameters": { "n": { "in": "query", "schema": { "type": "integer" }, "examples": { "one": { "value": 1 }, "bad": { "value": "x" } } } }, "responses": { "200": {} } } """);

        var error = Assert.Single(DescriptionTexts.Report(text));

        Assert.Contains("error HS1012: Example of parameter 'n' of operation 'n' 'bad' does not match the schema", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unused_scheme_is_a_warning_and_a_misspelt_one_an_error_with_a_suggestion()
    {
        var text = Frame(
            """
            "authSchemes": { "apiKey": { "type": "apiKey", "in": "header", "name": "X-Key", "example": "K" } },
              "security": ["apikey"],
            """,
            """ "ping": { "method": "GET", "path": "/ping", "responses": { "200": {} } } """);

        var report = DescriptionTexts.Report(text);

        Assert.Equal(
            [
                "endpoints.json(4,20): warning HS1034: Auth scheme 'apiKey' is declared but no 'security' list uses it, so no sample sends it; add \"security\": [\"apiKey\"] to the description or to the operations that need it, or remove the scheme.",
                "endpoints.json(5,16): error HS1031: The 'security' of the description names the auth scheme 'apikey', which is not declared; did you mean 'apiKey'?",
            ],
            report);
    }

    /// <summary>Root members on lines 4 and after (an auth scheme's name starts at column 20 on line 4), then the operations.</summary>
    private static string Frame(string rootMembers, string operations) =>
        "{\n  \"name\": \"Shop\",\n  \"baseUrl\": \"https://api.example.com\",\n  " + rootMembers + "\n  \"operations\": {\n" + operations + "\n  }\n}\n";

    private static RequestBody Body(string body)
    {
        var text = Frame(string.Empty, "\"up\": { \"method\": \"POST\", \"path\": \"/up\", \"body\": " + body + ", \"responses\": { \"200\": {} } }");
        var result = DescriptionReader.Read(text, "endpoints.json");
        Assert.Empty(result.Diagnostics);
        return result.Description!.Operations[0].Body!;
    }
}
