using System.Text;
using HookSnippets.Generator.Emitter;
using HookSnippets.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;

namespace HookSnippets.Generator.Tests;

/// <summary>
/// Diagnostics surface as compiler diagnostics located inside the JSON, and an error emits no client: only the
/// project's shared runtime types, which do not depend on any description.
/// </summary>
public sealed class DiagnosticLocationTests
{
    private const string PageBody = """
        {
          "name": "Broken",
          "baseUrl": "https://api.example.com",
          "operations": {
            "secrets.create": {
              "method": "POST",
              "path": "/secrets",
              "body": { [ "KEY", "VALUE" ] }
            }
          }
        }
        """;

    [Fact]
    public async Task A_syntax_error_fails_the_build_at_the_offending_token()
    {
        var test = new GeneratorTest();
        test.TestState.AdditionalFiles.Add(("endpoints.json", PageBody));
        test.TestState.ExpectedDiagnostics.Add(
            new DiagnosticResult("HS1001", DiagnosticSeverity.Error)
                .WithSpan("endpoints.json", 8, 17, 8, 18)
                .WithMessage("Expected an object member name (a string in double quotes) but found '['."));
        var runtime = Assert.Single(ClientEmitter.EmitShared("Consumer"));
        test.TestState.GeneratedSources.Add((typeof(ClientGenerator), runtime.HintName, SourceText.From(runtime.Text, Encoding.UTF8)));

        await test.RunAsync();
    }

    [Fact]
    public async Task An_older_target_framework_reports_HS2001_in_the_description_and_emits_nothing()
    {
        var test = new GeneratorTest("netstandard2.0");
        test.TestState.AdditionalFiles.Add(("endpoints.json", File.ReadAllText(Path.Combine(SnapshotTests.DescriptionsFolder, "minimal.json"))));
        test.TestState.ExpectedDiagnostics.Add(
            new DiagnosticResult("HS2001", DiagnosticSeverity.Error)
                .WithSpan("endpoints.json", 1, 1, 1, 1)
                .WithMessage("The client generated from this description needs net8.0 or later, but the project targets 'netstandard2.0'; target net8.0 or later, or remove the file from AdditionalFiles"));

        await test.RunAsync();
    }
}
