using System.Text;
using System.Text.Json.Nodes;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Tests.Validation;
using SourceText = Microsoft.CodeAnalysis.Text.SourceText;

namespace HookSnippets.Description.Tests.Mutation;

/// <summary>
/// One case for each decision of docs/endpoint-format.md, "What validates is what every stage takes": either
/// <c>validate</c> rejects the input with the code that names the problem (and the generator reports the same), or
/// every stage takes it: every target renders it, and the generated client has every method and compiles.
/// </summary>
public class StageAgreementTests
{
    // System.Text.Json refuses to write a lone surrogate; this stands for its escape until the text is written.
    private const string LoneSurrogate = "LONE_SURROGATE_ESCAPE";

    /// <summary>Edits of a small description (a GET with path, query and header parameters, a POST with a body).</summary>
    private static readonly Dictionary<string, (Action<JsonObject> Edit, string? Code)> Edits = new()
    {
        // Rejected by validate, because a later stage cannot take them.
        ["an empty path example"] = (d => Parameter(d, "id")["example"] = "", DiagnosticIds.UnusablePathSegmentExample),
        ["a path parameter without a type"] = (d => Parameter(d, "id")["schema"] = new JsonObject(), DiagnosticIds.UnsendableParameterType),
        ["an array path parameter"] = (d => Parameter(d, "id")["schema"] = ArrayOf("string"), DiagnosticIds.UnsendableParameterType),
        ["an array header parameter"] = (d => Set(Parameter(d, "X-Note"), ("schema", ArrayOf("string")), ("example", new JsonArray("a"))), DiagnosticIds.UnsendableParameterType),
        ["an object query parameter"] = (d => Replace(d, "q", new JsonObject { ["in"] = "query", ["schema"] = Type("object") }), DiagnosticIds.UnsendableParameterType),
        ["a query parameter of two scalar types"] = (d => Parameter(d, "q")["schema"] = new JsonObject { ["oneOf"] = new JsonArray(Type("string"), Type("integer")) }, DiagnosticIds.UnsendableParameterType),
        ["a query enum of numbers without a type"] = (d => Set(Parameter(d, "q"), ("schema", new JsonObject { ["enum"] = new JsonArray(1, 2) }), ("example", 1)), DiagnosticIds.UnsendableParameterType),
        ["a query array without items"] = (d => Set(Parameter(d, "q"), ("schema", Type("array")), ("example", new JsonArray("a"))), DiagnosticIds.UnsendableParameterType),
        ["a query array of arrays"] = (d => Set(Parameter(d, "q"), ("schema", new JsonObject { ["type"] = "array", ["items"] = ArrayOf("string") }), ("example", new JsonArray(new JsonArray("a")))), DiagnosticIds.UnsendableParameterType),
        ["a query type that is an array of itself"] = (d => { Types(d)["Loop"] = new JsonObject { ["type"] = "array", ["items"] = Ref("Loop") }; Set(Parameter(d, "q"), ("schema", Ref("Loop")), ("example", new JsonArray())); }, DiagnosticIds.UnsendableParameterType),
        ["a null query example"] = (d => Set(Parameter(d, "q"), ("schema", new JsonObject { ["type"] = "string", ["nullable"] = true }), ("example", null)), DiagnosticIds.UnsendableExample),
        ["a null item of a query array example"] = (d => Set(Parameter(d, "q"), ("schema", new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["nullable"] = true } }), ("example", new JsonArray("a", null))), DiagnosticIds.UnsendableExample),
        ["a header example with a line break"] = (d => Parameter(d, "X-Note")["example"] = "a\nb", DiagnosticIds.UnsendableExample),
        ["a header example with a non-ASCII letter"] = (d => Parameter(d, "X-Note")["example"] = "café", DiagnosticIds.UnsendableExample),
        ["a header example ending with a space"] = (d => Parameter(d, "X-Note")["example"] = "note ", DiagnosticIds.UnsendableExample),
        ["a lone surrogate in a body example"] = (d => Body(d)["example"] = new JsonObject { ["name"] = LoneSurrogate }, DiagnosticIds.InvalidValue),
        ["a lone surrogate in a summary"] = (d => Operation(d, "things.get")["summary"] = "a " + LoneSurrogate, DiagnosticIds.InvalidValue),
        ["a base URL with a leading space"] = (d => d["baseUrl"] = " https://api.example.com", DiagnosticIds.InvalidBaseUrl),
        ["a base URL with user information"] = (d => d["baseUrl"] = "https://user@api.example.com", DiagnosticIds.InvalidBaseUrl),
        ["a base URL with port 0"] = (d => d["baseUrl"] = "https://api.example.com:0", DiagnosticIds.InvalidBaseUrl),
        ["a base URL with an empty port"] = (d => d["baseUrl"] = "https://api.example.com:/v1", DiagnosticIds.InvalidBaseUrl),
        ["a base URL with a non-ASCII host"] = (d => d["baseUrl"] = "https://bücher.example/v1", DiagnosticIds.InvalidBaseUrl),

        // Taken by every stage.
        ["the description as it is"] = (_ => { }, null),
        ["a number, a boolean and an integer enum in the path"] = (d => { Set(Parameter(d, "id"), ("schema", Type("number")), ("example", 1.5)); Set(Parameter(d, "q"), ("schema", new JsonObject { ["type"] = "integer", ["enum"] = new JsonArray(1, 2) }), ("example", 2)); Set(Parameter(d, "X-Note"), ("schema", Type("boolean")), ("example", true)); }, null),
        ["scalars reached through $ref, a one-part allOf and a nullable oneOf"] = (d =>
        {
            Types(d)["Color"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray("red", "blue") };
            Types(d)["Id"] = Ref("Text");
            Types(d)["Text"] = Type("string");
            Set(Parameter(d, "id"), ("schema", Ref("Id")), ("example", "THING_ID"));
            Set(Parameter(d, "q"), ("schema", new JsonObject { ["type"] = "array", ["items"] = Ref("Color") }), ("example", new JsonArray("red", "blue")));
            Set(Parameter(d, "X-Note"), ("schema", new JsonObject { ["oneOf"] = new JsonArray(Type("string"), Type("null")) }), ("example", "note"));
            Operation(d, "things.get")["parameters"]!["extra"] = new JsonObject { ["in"] = "query", ["schema"] = new JsonObject { ["allOf"] = new JsonArray(Type("integer")) }, ["example"] = 12345678901234567 };
        }, null),
        ["an empty query array and a NUL in a query value"] = (d => { Set(Parameter(d, "q"), ("schema", ArrayOf("string")), ("example", new JsonArray())); Operation(d, "things.get")["parameters"]!["nul"] = new JsonObject { ["in"] = "query", ["example"] = "a\u0000b" }; }, null),
        ["an empty header example"] = (d => Parameter(d, "X-Note")["example"] = "", null),
        ["untyped unions in the body and the response, and a null body"] = (d =>
        {
            Set(Body(d), ("schema", new JsonObject { ["oneOf"] = new JsonArray(Type("string"), Type("integer")) }), ("example", 5));
            Operation(d, "things.get")["responses"] = new JsonObject { ["200"] = new JsonObject { ["schema"] = new JsonObject { ["anyOf"] = new JsonArray(Type("string"), Type("object")) } } };
            Operation(d, "things.delete")!["body"] = new JsonObject { ["required"] = false, ["schema"] = new JsonObject { ["type"] = "object", ["nullable"] = true }, ["example"] = null };
        }, null),
        ["a NUL and an escaped U+FFFD in the body"] = (d => Body(d)["example"] = new JsonObject { ["name"] = "a\u0000b\ufffd" }, null),
        ["C# keywords as names"] = (d =>
        {
            d["name"] = "class";
            Types(d)["Thing"]!["properties"]!["namespace"] = Type("string");
            Operation(d, "things.get")["parameters"]!["class"] = new JsonObject { ["in"] = "query", ["example"] = "x" };
            var operations = (JsonObject)d["operations"]!;
            var create = operations["things.create"]!;
            operations.Remove("things.create");
            operations["event.operator"] = create;
        }, null),
        ["a type named like the client"] = (d => Types(d)["ProbeClient"] = new JsonObject { ["properties"] = new JsonObject { ["a"] = Type("string") } }, null),
        ["an IPv6 host, a port, an upper-case scheme and an escape in the base URL"] = (d => d["baseUrl"] = "HTTPS://[::1]:8443/a%20b", null),
    };

    public static TheoryData<string> Cases() => new(Edits.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_rejects_it_with_its_code_or_every_stage_takes_it(string name)
    {
        var (edit, code) = Edits[name];
        var description = Base();
        edit(description);

        var text = description.ToJsonString(new() { WriteIndented = true }).Replace(LoneSurrogate, "\\ud800", StringComparison.Ordinal);
        AssertStagesAgree(Encoding.UTF8.GetBytes(text), code);
    }

    [Fact]
    public void The_content_type_typo_of_issue_11_is_an_error_at_validate_and_in_the_build()
    {
        var text = RepositoryFiles.EndpointsJson;
        var at = text.IndexOf("\"application/json\"", StringComparison.Ordinal);

        AssertStagesAgree(Encoding.UTF8.GetBytes(text[..at] + "\"application/son\"" + text[(at + 18)..]), DiagnosticIds.InvalidValue);
    }

    [Fact]
    public void A_byte_that_is_not_utf8_is_an_error_at_validate_and_in_the_build()
    {
        var bytes = Encoding.UTF8.GetBytes(RepositoryFiles.EndpointsJson);
        bytes[bytes.AsSpan().IndexOf("HOOK_ID"u8) + 1] = 0xE9;

        AssertStagesAgree(bytes, DiagnosticIds.JsonSyntax);
    }

    [Fact]
    public void A_replacement_character_written_as_such_is_an_error_at_validate_and_in_the_build()
    {
        var text = RepositoryFiles.EndpointsJson;
        var at = text.IndexOf("HOOK_ID", StringComparison.Ordinal);

        AssertStagesAgree(Encoding.UTF8.GetBytes(text[..at] + "\uFFFD" + text[at..]), DiagnosticIds.JsonSyntax);
    }

    /// <summary>Every stage on the file <paramref name="bytes"/>, the generated client compiled: they agree, and validate says <paramref name="code"/> (null: no error).</summary>
    private static void AssertStagesAgree(byte[] bytes, string? code)
    {
        var validated = DescriptionReader.Read(bytes, Stages.FilePath);
        var errors = validated.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (code is null)
        {
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
        else
        {
            Assert.True(errors.Any(e => e.Id == code), $"expected {code}, got:\n{string.Join("\n", validated.Diagnostics)}");
        }

        var problems = Stages.Run(validated, SourceText.From(new MemoryStream(bytes), Encoding.UTF8), compile: true);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static JsonObject Base() => (JsonObject)JsonNode.Parse("""
        {
          "name": "Probe",
          "baseUrl": "https://api.example.com/v1",
          "auth": { "type": "bearer", "example": "TOKEN" },
          "types": { "Thing": { "type": "object", "properties": { "name": { "type": "string" } } } },
          "operations": {
            "things.get": {
              "method": "GET",
              "path": "/things/{id}",
              "parameters": {
                "id": { "in": "path", "schema": { "type": "string" }, "example": "THING_ID" },
                "q": { "in": "query", "schema": { "type": "string" }, "example": "x" },
                "X-Note": { "in": "header", "schema": { "type": "string" }, "example": "note" }
              },
              "responses": { "200": { "schema": { "$ref": "#/types/Thing" } } }
            },
            "things.create": {
              "method": "POST",
              "path": "/things",
              "body": { "schema": { "$ref": "#/types/Thing" }, "example": { "name": "n" } },
              "responses": { "201": {} }
            },
            "things.delete": {
              "method": "DELETE",
              "path": "/things/{id}",
              "parameters": { "id": { "in": "path", "example": "THING_ID" } },
              "responses": { "204": {} }
            }
          }
        }
        """)!;

    private static JsonObject Operation(JsonObject description, string id) => (JsonObject)description["operations"]![id]!;

    private static JsonObject Parameter(JsonObject description, string name) => (JsonObject)Operation(description, "things.get")["parameters"]![name]!;

    private static JsonObject Body(JsonObject description) => (JsonObject)Operation(description, "things.create")["body"]!;

    private static JsonObject Types(JsonObject description) => (JsonObject)description["types"]!;

    private static void Replace(JsonObject description, string name, JsonObject parameter) => Operation(description, "things.get")["parameters"]![name] = parameter;

    private static void Set(JsonObject target, params (string Name, JsonNode? Value)[] members)
    {
        foreach (var (memberName, value) in members)
        {
            target[memberName] = value;
        }
    }

    private static JsonObject Type(string type) => new() { ["type"] = type };

    private static JsonObject ArrayOf(string type) => new() { ["type"] = "array", ["items"] = Type(type) };

    private static JsonObject Ref(string type) => new() { ["$ref"] = "#/types/" + type };
}
