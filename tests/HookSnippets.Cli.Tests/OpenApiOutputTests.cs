using System.Text.Json;
using System.Text.Json.Nodes;
using HookSnippets.Snippets.Rendering;
using Json.Schema;

namespace HookSnippets.Cli.Tests;

/// <summary>
/// <c>render --openapi</c> and <c>check --openapi</c>: the OpenAPI file with x-codeSamples, the overlay, and the
/// manifest that says where each sample belongs, on the whole Auth0 Management API and on the shipped description.
/// </summary>
public sealed class OpenApiOutputTests
{
    private static readonly string ManagementApi = RepositoryRoot.File("tests", "fixtures", "openapi", "auth0", "auth0-management-api-oas.json");

    private static readonly string HooksApi = RepositoryRoot.File("tests", "fixtures", "openapi", "auth0", "auth0-hooks-openapi.json");

    private static readonly Lazy<JsonSchema> ManifestSchema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryRoot.File("manifest.schema.json"))));

    [Fact]
    public void The_whole_Management_API_gets_every_sample_of_every_imported_operation_and_nothing_else_changes()
    {
        using var temp = new TempFolder();
        var import = CliRun.Of("import", ManagementApi, "--out", temp["endpoints.json"]);
        Assert.True(import.ExitCode == 0, import.ToString());
        var render = CliRun.Of("render", temp["endpoints.json"], "--out", temp["snippets"], "--openapi", ManagementApi, "--openapi-out", temp["oas.json"], "--overlay", temp["overlay.json"]);
        Assert.True(render.ExitCode == 0, render.ToString());

        using var manifest = JsonDocument.Parse(File.ReadAllText(temp["snippets/manifest.json"]));
        Assert.True(ManifestSchema.Value.Evaluate(manifest.RootElement).IsValid);
        var source = JsonNode.Parse(File.ReadAllText(ManagementApi))!;
        var written = JsonNode.Parse(File.ReadAllText(temp["oas.json"]))!;
        var ours = manifest.RootElement.GetProperty("operations")[0].GetProperty("samples").EnumerateArray()
            .Select(s => (s.GetProperty("lang").GetString()!, s.GetProperty("label").GetString()!))
            .ToArray();
        Assert.Equal(TemplatePack.Embedded.Targets.Count, ours.Length);
        Assert.True(JsonNode.DeepEquals(OpenApiSamples.WithoutOurs(source, ours), OpenApiSamples.WithoutOurs(written, ours)));

        var operations = manifest.RootElement.GetProperty("operations").EnumerateArray().ToList();
        Assert.Equal(452, operations.Count);
        // A sample is left out only where its target declares it cannot send the request (HS3008, one warning each,
        // naming the target): wget, HTTPie and the raw message for some multipart and file bodies, Faraday and HTTParty
        // for a POST without a body, and so on.
        var declaring = render.Error.Split('\n')
            .Select(line => line.IndexOf(" warning HS3008: ", StringComparison.Ordinal) is var at and >= 0 ? line[(at + 17)..].Split(':')[0] : null)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var leftOut = 0;
        foreach (var operation in operations)
        {
            var from = operation.GetProperty("source");
            var entries = written["paths"]![from.GetProperty("path").GetString()!]![from.GetProperty("method").GetString()!.ToLowerInvariant()]!["x-codeSamples"]!.AsArray();
            var samples = operation.GetProperty("samples").EnumerateArray().ToList();
            var writtenTargets = samples.Select(s => s.GetProperty("target").GetString()!).ToHashSet();
            Assert.All(TemplatePack.Embedded.Targets.Where(t => !writtenTargets.Contains(t.Id)), t => Assert.Contains(t.Id, declaring));
            leftOut += TemplatePack.Embedded.Targets.Count - samples.Count;
            foreach (var sample in samples)
            {
                var entry = Assert.Single(entries, e => e!["lang"]!.GetValue<string>() == sample.GetProperty("lang").GetString() && e["label"]!.GetValue<string>() == sample.GetProperty("label").GetString());
                Assert.Equal(File.ReadAllText(temp["snippets/" + sample.GetProperty("file").GetString()]), entry!["source"]!.GetValue<string>());
            }
        }

        Assert.Equal(render.Error.Split('\n').Count(line => line.Contains(" warning HS3008: ", StringComparison.Ordinal)), leftOut);

        var overlay = JsonNode.Parse(File.ReadAllText(temp["overlay.json"]))!;
        Assert.True(JsonNode.DeepEquals(written, OverlayApplier.Apply(source, overlay)));

        var again = CliRun.Of("render", temp["endpoints.json"], "--out", temp["snippets"], "--openapi", temp["oas.json"], "--openapi-out", temp["oas2.json"]);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(File.ReadAllBytes(temp["oas.json"]), File.ReadAllBytes(temp["oas2.json"]));
    }

    [Fact]
    public void Import_writes_where_each_operation_came_from_and_does_not_call_existing_samples_lost()
    {
        using var temp = new TempFolder();
        var import = CliRun.Of("import", HooksApi, "--out", temp["endpoints.json"]);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.DoesNotContain("x-codeSamples", import.Out + import.Error, StringComparison.Ordinal);
        var operations = JsonNode.Parse(File.ReadAllText(temp["endpoints.json"]))!["operations"]!.AsObject();
        Assert.Equal(9, operations.Count);
        Assert.Equal("""{"operationId":"get_hooks","method":"GET","path":"/hooks"}""", operations["hooks.list"]!["source"]!.ToJsonString());
        Assert.Equal("""{"operationId":"post_secrets","method":"POST","path":"/hooks/{id}/secrets"}""", operations["hooks.secrets.create"]!["source"]!.ToJsonString());
    }

    [Fact]
    public void Check_passes_on_fresh_outputs_and_fails_with_a_diff_when_the_OpenAPI_file_is_stale()
    {
        using var temp = new TempFolder();
        string[] options = ["--out", temp["snippets"], "--openapi", HooksApi, "--openapi-out", temp["hooks.json"], "--overlay", temp["overlay.json"], "--target", "shell-curl"];
        var render = CliRun.Of(["render", Paths.Endpoints, .. options]);
        Assert.True(render.ExitCode == 0, render.ToString());
        Assert.Contains($"Wrote {temp["hooks.json"]}\nWrote {temp["overlay.json"]}\n", render.Out, StringComparison.Ordinal);

        var fresh = CliRun.Of(["check", Paths.Endpoints, .. options]);
        Assert.True(fresh.ExitCode == 0, fresh.ToString());
        Assert.EndsWith($"; so are {temp["hooks.json"]} and {temp["overlay.json"]}\n", fresh.Out, StringComparison.Ordinal);

        File.WriteAllText(temp["hooks.json"], File.ReadAllText(temp["hooks.json"]).Replace("--request GET", "--request PUT", StringComparison.Ordinal));
        File.Delete(temp["overlay.json"]);
        var stale = CliRun.Of(["check", Paths.Endpoints, .. options]);

        Assert.Equal(1, stale.ExitCode);
        Assert.Contains($"--- a/{temp["hooks.json"]}\n+++ b/{temp["hooks.json"]}\n", stale.Out, StringComparison.Ordinal);
        Assert.Contains("--request PUT", stale.Out, StringComparison.Ordinal);
        Assert.Contains($"--- /dev/null\n+++ b/{temp["overlay.json"]}\n", stale.Out, StringComparison.Ordinal);
        Assert.Contains("out of date: 1 stale, 1 missing, 0 extra", stale.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_teams_own_samples_stay_first_and_ours_follow_for_every_hooks_operation()
    {
        using var temp = new TempFolder();
        var render = CliRun.Of("render", Paths.Endpoints, "--out", temp["snippets"], "--openapi", HooksApi, "--openapi-out", temp["hooks.json"]);
        Assert.True(render.ExitCode == 0, render.ToString());

        var samples = OpenApiSamples.Samples(JsonNode.Parse(File.ReadAllText(temp["hooks.json"]))!);
        var original = OpenApiSamples.Samples(JsonNode.Parse(File.ReadAllText(HooksApi))!);
        Assert.Equal(9, samples.Count);
        Assert.All(samples, pair =>
        {
            var before = original[pair.Key].Select(e => e!.ToJsonString()).ToList();
            Assert.Equal(before, pair.Value.Take(before.Count).Select(e => e!.ToJsonString()));
            Assert.Equal(TemplatePack.Embedded.Targets.Count, pair.Value.Count - before.Count);
        });
    }

    [Theory]
    [InlineData("--openapi-out x.json", "--openapi-out and --overlay need --openapi SOURCE")]
    [InlineData("--openapi HOOKS", "--openapi needs --openapi-out FILE, --overlay FILE or both")]
    [InlineData("--openapi missing.json --overlay x.json", "--openapi: cannot read 'missing.json'")]
    public void Incomplete_or_unreadable_options_are_usage_errors_and_nothing_is_written(string options, string message)
    {
        using var temp = new TempFolder();
        var arguments = options.Split(' ').Select(a => a == "HOOKS" ? HooksApi : a.EndsWith(".json", StringComparison.Ordinal) ? temp[a] : a);
        var run = CliRun.Of(["render", Paths.Endpoints, "--out", temp["snippets"], .. arguments]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: " + message.Replace("missing.json", temp["missing.json"], StringComparison.Ordinal), run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void An_operation_whose_source_is_not_in_the_file_stops_the_render_at_its_source()
    {
        using var temp = new TempFolder();
        var description = File.ReadAllText(Paths.Endpoints).Replace(
            "\"method\": \"GET\",\n      \"path\": \"/hooks\",",
            "\"method\": \"GET\",\n      \"path\": \"/hooks\",\n      \"source\": { \"operationId\": \"gone\", \"method\": \"GET\", \"path\": \"/gone\" },",
            StringComparison.Ordinal);
        Assert.Contains("\"gone\"", description, StringComparison.Ordinal);
        var endpoints = temp.Write("endpoints.json", description);

        var run = CliRun.Of("render", endpoints, "--out", temp["snippets"], "--openapi", HooksApi, "--openapi-out", temp["hooks.json"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"endpoints\.json\(\d+,17\): error HS3006: operation 'hooks\.list' is not in auth0-hooks-openapi\.json: no operation has the operationId 'gone', and there is no GET '/gone'", run.Error);
        Assert.False(File.Exists(temp["hooks.json"]));
        Assert.False(Directory.Exists(temp["snippets"]));
    }

    [Fact]
    public void The_checked_in_manifest_follows_its_schema_and_names_label_lang_and_fence()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("snippets", "manifest.json")));

        Assert.True(ManifestSchema.Value.Evaluate(manifest.RootElement).IsValid);
        var sample = manifest.RootElement.GetProperty("operations")[0].GetProperty("samples")[0];
        Assert.Equal(
            """{"target":"shell-curl","label":"cURL","lang":"Shell","language":"shell","fence":"bash","file":"hooks.list/shell-curl.sh","sha256":"SHA","example":null}""",
            JsonSerializer.Serialize(sample).Replace(sample.GetProperty("sha256").GetString()!, "SHA", StringComparison.Ordinal));
    }
}
