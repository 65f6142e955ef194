using HookSnippets.Description.Model;
using HookSnippets.Snippets.Requests;
using HookSnippets.Tests.Shared;
using static HookSnippets.Tests.Shared.Schemas;

namespace HookSnippets.Snippets.Tests.Requests;

/// <summary>
/// <c>response.is_json</c>: a sample parses the success answer as JSON exactly when the first 2xx response declares a
/// body; <c>response.status</c> is that response's status.
/// </summary>
public sealed class SampleResponseTests
{
    [Theory]
    [InlineData("GET", "200", true, 200, true)]
    [InlineData("POST", "201", true, 201, true)]
    [InlineData("DELETE", "204", false, 204, false)]
    [InlineData("GET", "204", true, 204, false)] // a 204 never carries a body, whatever the schema says
    [InlineData("HEAD", "200", true, 200, false)] // a HEAD answer carries no body on the wire
    [InlineData("POST", "200", false, 200, false)] // no schema: the API may answer nothing, so the text is printed
    public void TheFirstSuccessResponseDecides(string method, string status, bool hasSchema, int expectedStatus, bool expectedJson)
    {
        var operation = Operation("things.do", method, "/things", responses: [Response(status, hasSchema ? Object(("id", String())) : null)]);

        var response = SampleResponse.For(operation);

        Assert.Equal(expectedStatus, response.Status);
        Assert.Equal(expectedJson, response.IsJson);
    }

    [Fact]
    public void OnlyTheFirst2xxResponseCountsAndNoneListedMeans200WithoutJson()
    {
        var firstWithout = Operation("things.do", "POST", "/things", responses: [Response("202"), Response("200", Object(("id", String())))]);
        var none = Operation("things.do", "POST", "/things", responses: []);

        Assert.Equal((202, false), (SampleResponse.For(firstWithout).Status, SampleResponse.For(firstWithout).IsJson));
        Assert.Equal((200, false), (SampleResponse.For(none).Status, SampleResponse.For(none).IsJson));
    }

    [Fact]
    public void TheRequestModelCarriesItForTemplates()
    {
        var models = RequestModelBuilder.Build(HooksDescription.Create());
        SampleResponse Of(string id) => models.Single(m => m.Operation.Id == id).Response;

        Assert.Equal((200, true), (Of("hooks.get").Status, Of("hooks.get").IsJson));
        Assert.Equal((201, true), (Of("hooks.create").Status, Of("hooks.create").IsJson));
        Assert.Equal((201, false), (Of("hooks.secrets.create").Status, Of("hooks.secrets.create").IsJson));
        Assert.Equal((204, false), (Of("hooks.delete").Status, Of("hooks.delete").IsJson));
    }
}
