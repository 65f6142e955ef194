using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Validation;
using HookSnippets.Snippets.Requests;
using HookSnippets.Verification;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// The recording server's success answer (<see cref="SuccessResponses"/>) fits each operation's success schema, so
/// the generated client can read it and every sample can print it: checked with the description's own schema
/// validator for every operation of the shipped description and the test fixtures. A generic <c>{}</c> for a
/// string-enum answer (issue 14's second bug) fails here.
/// </summary>
public sealed class SuccessResponseTests
{
    public static TheoryData<string> Descriptions =>
    [
        "endpoints.json",
        "tests/fixtures/edge-cases.endpoints.json",
        "tests/fixtures/auth-bodies.endpoints.json",
        "tests/HookSnippets.Generator.ClientTests/evolution.endpoints.json",
    ];

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Every_success_answer_fits_its_schema(string file)
    {
        var api = Repository.Read(Path.Combine(Repository.Root, file));
        var validator = new SchemaValidator(api);
        var checkedCount = 0;
        foreach (var operation in api.Operations)
        {
            var answer = SuccessResponses.For(api, operation);
            var schema = operation.Responses.FirstOrDefault(r => r.Status.StartsWith('2'))?.Schema;
            if (answer.Status == 204 || schema is null)
            {
                continue;
            }

            var body = JsonParser.Parse(answer.Body!, "answer").Root;
            Assert.True(body is not null, $"{operation.Id}: the answer is not JSON: {answer.Body}");
            var violation = validator.Validate(body!, schema);
            Assert.True(violation is null, $"{operation.Id}: the answer {answer.Body} does not fit the success schema: {violation}");
            checkedCount++;
        }

        Assert.True(checkedCount > 0, $"{file}: no operation answers a body");
    }

    /// <summary>
    /// The answer agrees with what samples are rendered for (<c>response</c>): the same status, and a JSON body
    /// wherever a sample is told to parse one.
    /// </summary>
    [Theory]
    [MemberData(nameof(Descriptions))]
    public void Every_answer_a_sample_parses_as_json_is_json_with_the_status_it_was_rendered_for(string file)
    {
        var api = Repository.Read(Path.Combine(Repository.Root, file));
        var parsed = 0;
        foreach (var operation in api.Operations)
        {
            var answer = SuccessResponses.For(api, operation);
            var rendered = SampleResponse.For(operation);
            Assert.Equal(rendered.Status, answer.Status);
            if (rendered.IsJson)
            {
                Assert.Contains(new KeyValuePair<string, string>("Content-Type", "application/json"), answer.Headers);
                Assert.True(answer.Body is not null && JsonParser.Parse(answer.Body, "answer").Root is not null, $"{operation.Id}: the answer is not JSON: {answer.Body}");
                parsed++;
            }
        }

        Assert.True(parsed > 0, $"{file}: no sample parses its answer");
    }

    [Fact]
    public void A_string_enum_answer_is_its_first_value_not_an_object()
    {
        var api = Repository.Read(Path.Combine(Repository.Root, "tests", "fixtures", "edge-cases.endpoints.json"));
        var answer = SuccessResponses.For(api, api.Operations.Single(o => o.Id == "responses.string_enum"));

        Assert.Equal(200, answer.Status);
        Assert.Equal("\"active\"", answer.Body);
    }
}
