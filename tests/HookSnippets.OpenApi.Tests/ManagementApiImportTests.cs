using HookSnippets.Description;

namespace HookSnippets.OpenApi.Tests;

/// <summary>The whole Auth0 Management API (OpenAPI 3.1, 452 operations) imports, validates and renders.</summary>
public sealed class ManagementApiImportTests
{
    private static readonly Lazy<ImportResult> Result = new(() => OpenApiImporter.ImportFile(TestFiles.ManagementOpenApi, ImportOptions.All));

    [Fact]
    public void Every_operation_is_imported_or_reported_with_a_reason()
    {
        var result = Imported();
        var notImported = result.Notes.Where(n => n.Reason.StartsWith("operation not imported", StringComparison.Ordinal)).ToList();
        Assert.Equal(452, result.OperationsInFile);
        Assert.Equal(452, result.Description!.Operations.Count + notImported.Count);
        Assert.True(result.Description.Operations.Count >= 450, $"{result.Description.Operations.Count} imported");
        Assert.All(notImported, n => Assert.Matches("^(GET|POST|PUT|PATCH|DELETE) /|^endpoints.json#/operations/", n.Location));
    }

    [Fact]
    public void The_result_validates_without_errors_or_warnings()
    {
        var result = Imported();
        var read = DescriptionReader.Read(result.EndpointsJson!, "endpoints.json");
        Assert.Empty(read.Diagnostics);
        Assert.Equal(result.Description, read.Description);
    }

    [Fact]
    public void Auth_stays_one_bearer_scheme_and_the_users_import_is_a_multipart_upload()
    {
        var api = Imported().Description!;

        var auth = Assert.Single(api.AuthSchemes);
        Assert.Equal((Description.Model.AuthScheme.SingleName, Description.Model.AuthType.Bearer, "MGMT_API_ACCESS_TOKEN"), (auth.Name, auth.Type, auth.Example));
        Assert.All(api.Operations, o => Assert.Null(o.Security));
        var upload = api.Operations.Single(o => o.Path == "/jobs/users-imports").Body!;
        Assert.Equal((Description.Model.BodyKind.Multipart, "users.bin"), (upload.Kind, ((Description.Json.JsonString)((Description.Json.JsonObject)upload.Example!)["users"]!).Value));
        Assert.Equal([new Description.Model.FieldEncoding("users", Description.Model.ParameterStyle.Form, "application/octet-stream", true, null, default)], upload.Encoding.Select(e => e with { Span = default }));
    }

    [Fact]
    public void Ids_follow_the_fern_operation_groups()
    {
        var ids = Imported().Description!.Operations.Select(o => o.Id).ToList();
        Assert.Contains("hooks.secrets.create", ids);
        Assert.Contains("users.roles.list", ids);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_sample_renders_for_every_target_with_a_template()
    {
        var result = Imported();
        var (errors, files) = DownstreamStages.Render(result.Description!);
        Assert.Empty(errors);
        Assert.NotNull(files);
        Assert.All(result.Description!.Operations, o => Assert.True(files.GetValueOrDefault(o.Id) >= DownstreamStages.Targets, $"{o.Id}: {files.GetValueOrDefault(o.Id)} files"));
    }

    [Fact]
    public void The_client_model_builds_without_diagnostics()
    {
        var result = Imported();
        var built = ClientShape.ClientShapeBuilder.Build(result.Description!, "endpoints.json", "Auth0Management", "Auth0ManagementClient");
        Assert.True(built.Diagnostics.IsEmpty, string.Join("\n", built.Diagnostics.GroupBy(d => d.Id).Select(g => g.Count() + " " + g.Key + " e.g. " + string.Join(" | ", g.Take(4).Select(d => d.Message)))));
    }

    private static ImportResult Imported()
    {
        var result = Result.Value;
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Take(20)));
        return result;
    }
}
