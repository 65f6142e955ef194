using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;

namespace HookSnippets.Description.Tests.Reading;

public class DescriptionBinderTests
{
    private const string Minimal = """
        {
          "name": "Pets",
          "baseUrl": "https://{host}/v1",
          "variables": { "host": { "example": "YOUR_HOST", "description": "Your host." } },
          "auth": { "type": "bearer", "example": "API_TOKEN" },
          "types": { "Pet": { "type": "object", "properties": { "name": { "type": "string", "minLength": 1 } }, "required": ["name"] } },
          "operations": {
            "pets.create": {
              "method": "post",
              "path": "/pets/{owner}",
              "scopes": ["write:pets"],
              "parameters": {
                "owner": { "in": "path", "example": "OWNER_ID" },
                "tags": { "in": "query", "schema": { "type": "array", "items": { "type": "string" } }, "style": "comma" }
              },
              "body": { "name": "pet", "schema": { "$ref": "#/types/Pet" }, "example": { "name": "Rex" }, "placeholders": { "Rex": "A name." } },
              "responses": { "201": { "description": "Created.", "schema": { "$ref": "#/types/Pet" } } },
              "errors": { "409": "Pet exists." }
            }
          }
        }
        """;

    [Fact]
    public void Binds_every_member_of_a_description()
    {
        var result = DescriptionReader.Read(Minimal, "endpoints.json");

        Assert.Empty(result.Diagnostics);
        var description = Assert.IsType<ApiDescription>(result.Description);
        Assert.Equal("Pets", description.Name);
        Assert.Equal("https://{host}/v1", description.BaseUrl);
        Assert.Equal(new ServerVariable("host", "YOUR_HOST", "Your host.", null, description.Variables[0].Span), description.Variables[0]);
        Assert.Equal("API_TOKEN", description.FindScheme("auth")!.Example);
        var operation = Assert.Single(description.Operations);
        Assert.Equal("POST", operation.Method);
        Assert.Equal(["pets", "create"], operation.IdSegments);
        Assert.Equal(ParameterLocation.Path, operation.Parameters[0].In);
        Assert.True(operation.Parameters[0].Required);
        Assert.Equal(ParameterStyle.Comma, operation.Parameters[1].Style);
        Assert.Equal(SchemaType.Array, operation.Parameters[1].Schema.Type);
        Assert.Equal("pet", operation.Body!.Name);
        Assert.Equal("application/json", operation.Body.ContentType);
        Assert.Equal("Pet", operation.Body.Schema.RefName);
        Assert.Equal(new Placeholder("Rex", "A name."), Assert.Single(operation.Body.Placeholders));
        Assert.Equal("201", Assert.Single(operation.Responses).Status);
        Assert.Equal("Pet exists.", Assert.Single(operation.Errors).Message);
        Assert.Equal(1, description.FindType("Pet")!.Properties[0].Schema.MinLength);
    }

    [Fact]
    public void Reading_twice_gives_equal_models()
    {
        Assert.Equal(DescriptionReader.Read(Minimal, "endpoints.json"), DescriptionReader.Read(Minimal, "endpoints.json"));
    }

    [Theory]
    [InlineData("{\"baseUrl\": \"https://x\", \"operations\": {}}", "endpoints.json(1,1): error HS1004: The description is missing the required member 'name'.")]
    [InlineData("{\"name\": 1, \"baseUrl\": \"https://x\", \"operations\": {}}", "endpoints.json(1,10): error HS1005: 'name' of the description must be a string, not a number.")]
    [InlineData("{\"name\": \"A\", \"baseUrl\": \"https://x\", \"operatons\": {}, \"operations\": {}}", "endpoints.json(1,39): warning HS1006: Unknown member 'operatons' in the description. Did you mean 'operations'?")]
    [InlineData("{\"name\": \"A\", \"baseUrl\": \"https://x\", \"operations\": {\"a\": {\"method\": \"GET\", \"path\": \"/\", \"parameters\": {\"p\": {\"in\": \"cookie\"}}}}}", "endpoints.json(1,117): error HS1007: 'cookie' is not a valid 'in' of parameter 'p' of operation 'a': expected one of path, query, header.")]
    [InlineData("{\"name\": \"A\", \"baseUrl\": \"https://x\", \"operations\": {\"a\": {\"method\": \"FETCH\", \"path\": \"/\"}}}", "endpoints.json(1,70): error HS1008: 'FETCH' is not an HTTP method of operation 'a': expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS.")]
    [InlineData("{\"name\": \"A\", \"baseUrl\": \"https://x\", \"operations\": {\"a\": {\"method\": \"GET\", \"path\": \"/\", \"responses\": {\"404\": {}}}}}", "endpoints.json(1,104): error HS1007: '404' in operation 'a' is not a success status from 100 to 399.")]
    public void Reports_format_errors_at_their_token(string text, string expected)
    {
        var result = DescriptionReader.Read(text, "endpoints.json");

        Assert.Equal(expected, Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Errors_leave_no_model_and_warnings_keep_it()
    {
        var withWarning = DescriptionReader.Read("{\"name\": \"A\", \"baseUrl\": \"https://x\", \"operations\": {}, \"x-owner\": 1, \"colour\": 2}", "e.json");
        var withError = DescriptionReader.Read("{\"name\": \"A\", \"baseUrl\": \"https://x\"}", "e.json");

        Assert.NotNull(withWarning.Description);
        Assert.Equal(Severity.Warning, Assert.Single(withWarning.Diagnostics).Severity);
        Assert.Null(withError.Description);
        Assert.True(withError.HasErrors);
    }

    [Fact]
    public void The_original_page_body_is_a_syntax_error_at_the_bracket()
    {
        const string text = "{\n  \"name\": \"A\",\n  \"example\": { [ \"KEY\", \"VALUE\" ] }\n}";

        var diagnostic = Assert.Single(DescriptionReader.Read(text, "endpoints.json").Diagnostics);

        Assert.StartsWith("endpoints.json(3,16): error HS1001: Expected an object member name", diagnostic.ToString());
    }
}
