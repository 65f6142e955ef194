using HookSnippets.Description;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Requests;

namespace HookSnippets.Snippets.Tests.Requests;

public sealed class RequestModelBuilderTests
{
    private static OperationModel Build(string operationId, string? json = null, ServerAddress? baseUrl = null) =>
        RequestModelBuilder.Build(TestDescriptions.Read(json ?? TestDescriptions.Hooks), baseUrl).Single(m => m.Operation.Id == operationId);

    [Fact]
    public void QueryKeepsDeclaredOrderRepeatsArraysJoinsCommaStyleAndSkipsParametersWithoutExample()
    {
        var request = Build("hooks.list").Request;
        Assert.Equal(
            [new("page", "0"), new("fields", "name%2Cenabled"), new("enabled", "true"), new("triggerId", "a%20b"), new("triggerId", "c%26d"), new("tags", "x%2Cy,z")],
            request.Query);
        Assert.Equal("page=0&fields=name%2Cenabled&enabled=true&triggerId=a%20b&triggerId=c%26d&tags=x%2Cy,z", request.QueryString);
        Assert.Equal("/api/v2/hooks?" + request.QueryString, request.PathAndQuery);
        Assert.Equal("https://YOUR_DOMAIN/api/v2/hooks?" + request.QueryString, request.Url);
    }

    /// <summary>
    /// A form example listing its fields in another order than its schema (OpenAPI examples often do) is sent in the
    /// schema's order, the order the generated client's record writes them; fields the schema does not declare follow
    /// in the example's order.
    /// </summary>
    [Fact]
    public void FormFieldsGoInTheSchemasDeclaredOrderAndUndeclaredOnesAfterThem()
    {
        const string json = """
            {
              "name": "Forms",
              "baseUrl": "https://api.example.com",
              "types": {
                "Base": { "type": "object", "properties": { "Mock": { "type": "boolean" } } }
              },
              "operations": {
                "services.create": {
                  "method": "POST",
                  "path": "/services",
                  "body": {
                    "contentType": "application/x-www-form-urlencoded",
                    "schema": {
                      "allOf": [ { "$ref": "#/types/Base" } ],
                      "properties": { "FriendlyName": { "type": "string" }, "StickySender": { "type": "boolean" } },
                      "additionalProperties": true
                    },
                    "example": { "Extra": "x", "Mock": false, "StickySender": true, "FriendlyName": "My Service!" }
                  },
                  "responses": { "204": { "description": "Created." } }
                }
              }
            }
            """;
        var model = Build("services.create", json);
        Assert.Equal("FriendlyName=My%20Service%21&StickySender=true&Mock=false&Extra=x", model.Request.Body!.Encoded);
        Assert.Equal(model.Request.Body.Encoded, Assert.IsType<FormBody>(model.Expected.Body).Encoded);
    }

    [Fact]
    public void BaseUrlVariablesTakeTheirExamples()
    {
        var request = Build("hooks.secrets.create").Request;
        Assert.Equal(("https", "YOUR_DOMAIN", (int?)null, "YOUR_DOMAIN", "https://YOUR_DOMAIN", "/api/v2"), (request.Scheme, request.Host, request.Port, request.Authority, request.Origin, request.BasePath));
        Assert.Equal("/hooks/{id}/secrets", request.PathTemplate);
        Assert.Equal("/api/v2/hooks/HOOK_ID/secrets", request.Path);
        Assert.Equal(string.Empty, request.QueryString);
        Assert.Equal("https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets", request.Url);
    }

    [Theory]
    [InlineData("\"a/b?c#d e%f\"", "a%2Fb%3Fc%23d%20e%25f")]
    [InlineData("\"..a\"", "..a")]
    [InlineData("\"%2F\"", "%252F")]
    [InlineData("\"${x}#{y}'\\\"`\"", "%24%7Bx%7D%23%7By%7D%27%22%60")]
    [InlineData("\"\\u00e9\\ud83d\\ude00\"", "%C3%A9%F0%9F%98%80")]
    public void PathParameterExamplesArePercentEncodedOnce(string exampleJson, string segment) =>
        Assert.Equal($"/api/v2/hooks/{segment}/secrets", Build("hooks.secrets.create", TestDescriptions.HooksWithId(exampleJson)).Request.Path);

    [Fact]
    public void NumberAndBooleanPathExamplesAreWrittenAsTheirText()
    {
        var api = TestDescriptions.HooksChanged("hooks.secrets.create", o => o.WithExample("id", new JsonNumber("42", default)));
        Assert.Equal("/api/v2/hooks/42/secrets", RequestModelBuilder.Build(api).Single(m => m.Operation.Id == "hooks.secrets.create").Request.Path);
        api = TestDescriptions.HooksChanged("hooks.secrets.create", o => o.WithExample("id", new JsonBoolean(true, default)));
        Assert.Equal("/api/v2/hooks/true/secrets", RequestModelBuilder.Build(api).Single(m => m.Operation.Id == "hooks.secrets.create").Request.Path);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("")]
    public void DotSegmentsAndEmptySegmentsAreRejectedAtTheExample(string example)
    {
        var api = TestDescriptions.HooksChanged("hooks.secrets.create", o => o.WithExample("id", new JsonString(example, TestDescriptions.MarkedSpan)));
        var error = Assert.Throws<RequestModelException>(() => RequestModelBuilder.Build(api));
        Assert.StartsWith($"operation 'hooks.secrets.create': path parameter 'id' has the example '{example}', which cannot be a path segment", error.Message);
        Assert.Equal(TestDescriptions.MarkedSpan, error.Span);
    }

    [Fact]
    public void AnObjectExampleCannotBeAQueryValue()
    {
        var api = TestDescriptions.HooksChanged("hooks.list", o => o.WithExample("page", new JsonObject(EquatableArray<JsonMember>.Empty, TestDescriptions.MarkedSpan)));
        var error = Assert.Throws<RequestModelException>(() => RequestModelBuilder.Build(api));
        Assert.Equal("operation 'hooks.list': the example of parameter 'page' is an object; a query parameter example is a string, number or boolean (or an array of them)", error.Message);
        Assert.Equal(TestDescriptions.MarkedSpan, error.Span);
    }

    [Fact]
    public void HeadersAreAuthorizationThenContentTypeThenHeaderParameters()
    {
        Assert.Equal(
            [new("Authorization", "Bearer MGMT_API_ACCESS_TOKEN"), new("X-Request-Id", "REQUEST_ID")],
            Build("hooks.list").Request.Headers);
        Assert.Equal(
            [new("Authorization", "Bearer MGMT_API_ACCESS_TOKEN"), new("Content-Type", "application/json")],
            Build("hooks.secrets.create").Request.Headers);
    }

    [Fact]
    public void AHeaderExampleWithALineBreakIsRejected()
    {
        // validate refuses it (HS1030); a model that skipped validation must not inject a header either.
        var api = TestDescriptions.HooksChanged("hooks.list", o => o.WithExample("X-Request-Id", new JsonString("a\r\nInjected: 1", TestDescriptions.MarkedSpan)));
        var error = Assert.Throws<RequestModelException>(() => RequestModelBuilder.Build(api));
        Assert.Contains("header parameter 'X-Request-Id'", error.Message);
        Assert.Contains("U+000D", error.Message);
    }

    [Fact]
    public void BodyCarriesTheExampleItsCompactAndIndentedJsonAndContentType()
    {
        var model = Build("hooks.secrets.create");
        var body = model.Request.Body!;
        Assert.Equal("{\"HOOK_SECRET_KEY\":\"HOOK_SECRET_VALUE\"}", body.Compact);
        Assert.Equal("{\n  \"HOOK_SECRET_KEY\": \"HOOK_SECRET_VALUE\"\n}", body.Pretty);
        Assert.Equal("application/json", body.ContentType);
        Assert.Equal("object", body.Kind);
        Assert.Equal("array", Build("hooks.secrets.delete").Request.Body!.Kind);
        Assert.Null(Build("hooks.list").Request.Body);
    }

    [Fact]
    public void ExpectedRequestIsTheSameRequestAsAValue()
    {
        var model = Build("hooks.secrets.delete");
        Assert.Equal(
            new ExpectedRequest(
                "DELETE",
                "https://YOUR_DOMAIN/api/v2/hooks/HOOK_ID/secrets",
                new HttpHeader[] { new("Authorization", "Bearer MGMT_API_ACCESS_TOKEN"), new("Content-Type", "application/json") }.ToEquatableArray(),
                new JsonBody("[\"HOOK_SECRET_KEY\"]")),
            model.Expected);
    }

    [Fact]
    public void BaseUrlOverrideReplacesSchemeHostPortAndBasePathEverywhere()
    {
        var model = Build("hooks.list", baseUrl: ServerAddress.Parse("http://127.0.0.1:5001/mock"));
        Assert.Equal(("http", "127.0.0.1", (int?)5001, "127.0.0.1:5001", "/mock"), (model.Request.Scheme, model.Request.Host, model.Request.Port, model.Request.Authority, model.Request.BasePath));
        Assert.StartsWith("http://127.0.0.1:5001/mock/hooks?page=0&", model.Request.Url);
        Assert.Equal(model.Request.Url, model.Expected.Url);
        Assert.DoesNotContain(model.Operation.Placeholders, p => p.Value == "YOUR_DOMAIN");
    }

    [Fact]
    public void PlaceholdersComeOnceInAStableOrder()
    {
        Assert.Equal(
            [
                new Placeholder("YOUR_DOMAIN", "Your tenant domain"),
                new Placeholder("MGMT_API_ACCESS_TOKEN", "A Management API token"),
                new Placeholder("HOOK_ID", "ID of the hook"),
                new Placeholder("HOOK_SECRET_KEY", "Name of the secret"),
                new Placeholder("HOOK_SECRET_VALUE", "Value of the secret"),
            ],
            Build("hooks.secrets.create").Operation.Placeholders);
    }

    [Fact]
    public void PlaceholdersHoldEveryParameterExampleAsTextInDeclaredOrderOneRowPerArrayItem()
    {
        Assert.Equal(
            ["YOUR_DOMAIN", "MGMT_API_ACCESS_TOKEN", "0", "name,enabled", "true", "a b", "c&d", "x,y", "z", "REQUEST_ID"],
            Build("hooks.list").Operation.Placeholders.Select(p => p.Value));
        Assert.Equal("Fields to include", Build("hooks.list").Operation.Placeholders[3].Description);
        Assert.Equal(string.Empty, Build("hooks.list").Operation.Placeholders[2].Description);
    }

    [Fact]
    public void OperationFactsComeFromTheDescription()
    {
        var facts = Build("hooks.secrets.create").Operation;
        Assert.Equal(("hooks.secrets.create", "POST", "/hooks/{id}/secrets", "Add hook secrets", false), (facts.Id, facts.Method, facts.PathTemplate, facts.Summary, facts.Deprecated));
        Assert.Equal(["hooks", "secrets", "create"], facts.IdSegments);
        Assert.Equal(["create:hooks", "update:hooks"], facts.Scopes);
    }

    [Fact]
    public void AnUnusableBaseUrlIsReportedAtIt()
    {
        var api = TestDescriptions.Read(TestDescriptions.Hooks) with { BaseUrl = "https://{domain}/api/v2?x=1", BaseUrlSpan = TestDescriptions.MarkedSpan };
        var error = Assert.Throws<RequestModelException>(() => RequestModelBuilder.Build(api));
        Assert.Contains("query or fragment", error.Message);
        Assert.Equal(TestDescriptions.MarkedSpan, error.Span);
    }

    [Theory]
    [InlineData("ACCOUNT_ID", "SECRET+/=:@KEY", true)]
    [InlineData("ACCOUNT_ÏD", "SECRET", false)]
    [InlineData("ACCOUNT_ID", "SECRET€", false)]
    [InlineData("ACCOUNT_ID", "SECRET😀", false)]
    public void BasicCredentialsSayWhetherTheyAreAscii(string username, string password, bool ascii) =>
        Assert.Equal(ascii, new BasicCredentials(username, password).IsAscii);
}
