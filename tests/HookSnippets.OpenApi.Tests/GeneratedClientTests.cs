extern alias generator;

using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;
using ClientGenerator = generator::HookSnippets.Generator.ClientGenerator;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// The source generator turns the imported whole Management API into a client that compiles with no error and no
/// warning under the strictest settings (nullable, every warning wave, XML doc checks).
/// </summary>
public sealed class GeneratedClientTests(ITestOutputHelper output)
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    [Fact]
    public void The_whole_management_api_client_compiles_without_errors_or_warnings()
    {
        var imported = OpenApiImporter.ImportFile(TestFiles.ManagementOpenApi, ImportOptions.All);
        Assert.True(imported.Succeeded, string.Join("\n", imported.Errors.Take(20)));

        var compilation = CSharpCompilation.Create(
            "Consumer",
            [],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999, deterministic: true));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ClientGenerator().AsSourceGenerator()],
            [new InMemoryText("/project/endpoints.json", imported.EndpointsJson!)],
            ParseOptions,
            new ProjectOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", ["build_property.TargetFramework"] = "net10.0" }));

        var watch = Stopwatch.StartNew();
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var generatorTime = watch.Elapsed;
        watch.Restart();
        var diagnostics = generated.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        output.WriteLine($"generator {generatorTime.TotalMilliseconds:F0} ms, compile {watch.Elapsed.TotalMilliseconds:F0} ms, {generated.SyntaxTrees.Count()} files, {generated.SyntaxTrees.Sum(t => t.Length) / 1024} KiB of C#");

        Assert.Empty(generatorDiagnostics.Select(d => d.ToString()));
        Assert.Empty(diagnostics.Take(20).Select(d => d.ToString()));
        Assert.True(driver.GetRunResult().GeneratedTrees.Length > 1);
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class ProjectOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values.ToImmutableDictionary());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
