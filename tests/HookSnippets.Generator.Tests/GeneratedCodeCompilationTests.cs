using HookSnippets.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Generator.Tests;

/// <summary>What the pipeline emits compiles cleanly under the strictest settings a consumer may use.</summary>
public sealed class GeneratedCodeCompilationTests
{
    private const string Consumer = """
        namespace Consumer;

        /// <summary>Calls into the generated client the way the README shows.</summary>
        public static class Usage
        {
            /// <summary>Adds one secret.</summary>
            /// <param name="http">Sends the request.</param>
            /// <returns>When the call completed.</returns>
            public static async System.Threading.Tasks.Task AddSecretAsync(System.Net.Http.HttpClient http)
            {
                var client = new Auth0ManagementClient(http, new Auth0ManagementClientOptions { Domain = "tenant.example.com", AccessToken = "MGMT_API_ACCESS_TOKEN" });
                await client.Hooks.Secrets.CreateAsync("HOOK_ID", new System.Collections.Generic.Dictionary<string, string> { ["HOOK_SECRET_KEY"] = "HOOK_SECRET_VALUE" });
            }
        }
        """;

    [Fact]
    public void The_client_for_endpoints_json_compiles_without_any_warning_at_the_highest_warning_level()
    {
        var compilation = GeneratorRunner.Compilation(Consumer);
        var driver = GeneratorRunner.CreateDriver([new InMemoryAdditionalText("/project/endpoints.json", GeneratorRunner.ReadEndpointsJson())]);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.True(output.SyntaxTrees.Count() > 1);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Two_descriptions_in_one_namespace_share_the_runtime_and_compile_together()
    {
        var compilation = GeneratorRunner.Compilation(Consumer);
        var focused = Path.Combine(SnapshotTests.DescriptionsFolder, "query-and-body.json");
        var driver = GeneratorRunner.CreateDriver(
        [
            new InMemoryAdditionalText("/project/endpoints.json", GeneratorRunner.ReadEndpointsJson()),
            new InMemoryAdditionalText("/project/catalog/endpoints.json", File.ReadAllText(focused)),
        ]);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Single(output.SyntaxTrees, t => t.FilePath.EndsWith("HookSnippets-Runtime.g.cs", StringComparison.Ordinal));
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_client_for_every_auth_scheme_and_body_kind_compiles_without_any_warning_at_the_highest_warning_level()
    {
        var compilation = GeneratorRunner.Compilation(Consumer);
        var fixture = Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "auth-bodies.endpoints.json");
        var driver = GeneratorRunner.CreateDriver(
        [
            new InMemoryAdditionalText("/project/endpoints.json", GeneratorRunner.ReadEndpointsJson()),
            new InMemoryAdditionalText("/project/auth-bodies/endpoints.json", File.ReadAllText(fixture)),
        ]);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        var client = Assert.Single(output.SyntaxTrees.Select(t => t.ToString()), t => t.Contains("public sealed class AuthBodiesClientOptions", StringComparison.Ordinal));
        Assert.Contains("public string? Password { get; set; }", client, StringComparison.Ordinal);
        Assert.Contains("public string? CookieKey { get; set; }", client, StringComparison.Ordinal);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning || d.IsWarningAsError).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
