using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Validation;

namespace HookSnippets.Description.Tests.Validation;

public class ShippedDescriptionTests
{
    [Fact]
    public void The_shipped_endpoints_json_reads_and_validates_without_any_diagnostic()
    {
        var result = DescriptionReader.Read(RepositoryFiles.EndpointsJson, "endpoints.json");

        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        var description = Assert.IsType<ApiDescription>(result.Description);
        Assert.Equal(9, description.Operations.Count);
        Assert.Empty(DescriptionValidator.Validate(description, "endpoints.json"));
    }

    [Fact]
    public void Twenty_one_secrets_in_the_shipped_create_secrets_body_are_reported_at_the_example()
    {
        var description = DescriptionReader.Read(RepositoryFiles.EndpointsJson, "endpoints.json").Description!;
        var create = description.Operations.Single(o => o.Id == "hooks.secrets.create");
        var secrets = Enumerable.Range(1, 21).Select(i => $"\"HOOK_SECRET_KEY_{i}\": \"HOOK_SECRET_VALUE_{i}\"");
        var example = JsonParser.Parse("{" + string.Join(", ", secrets) + "}", "example.json").Root!;

        var violation = new SchemaValidator(description).Validate(example, create.Body!.Schema);

        Assert.NotNull(violation);
        Assert.Equal("$", violation.Path);
        Assert.Equal("an object may have at most 20 members (maxProperties), it has 21", violation.Reason);
        Assert.Equal(example.Span, violation.Span);
    }
}
