using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HookSnippets.Generator.Benchmarks;

/// <summary>
/// One full generator run (read, validate, shape, emit) for the shipped endpoints.json and for a 500-operation
/// description, and a run after an unrelated C# edit, which must find everything cached.
/// Program.cs runs every job in-process.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private AdditionalText _endpoints = null!;
    private AdditionalText _large = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warmEndpoints = null!;
    private GeneratorDriver _warmLarge = null!;
    private bool _toggle;

    [GlobalSetup]
    public void Setup()
    {
        _endpoints = new Text("endpoints.json", File.ReadAllText(FindEndpointsJson()));
        _large = new Text("large/endpoints.json", LargeDescription.Create(groups: 100, operationsPerGroup: 5));
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("class Program { }", ParseOptions)]);
        _edited = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class Program { int edited; }", ParseOptions));

        _warmEndpoints = Check(Driver(_endpoints).RunGenerators(_compilation), expectedSources: 6);
        _warmLarge = Check(Driver(_large).RunGenerators(_compilation), expectedSources: 104);
    }

    [Benchmark(Description = "full run, endpoints.json (9 operations)")]
    public GeneratorDriver FullRunEndpoints() => Driver(_endpoints).RunGenerators(_compilation);

    [Benchmark(Description = "full run, 500 operations")]
    public GeneratorDriver FullRunLarge() => Driver(_large).RunGenerators(_compilation);

    [Benchmark(Description = "cached run after an unrelated .cs edit, endpoints.json")]
    public GeneratorDriver CachedRunEndpoints() => _warmEndpoints = _warmEndpoints.RunGenerators(Next());

    [Benchmark(Description = "cached run after an unrelated .cs edit, 500 operations")]
    public GeneratorDriver CachedRunLarge() => _warmLarge = _warmLarge.RunGenerators(Next());

    private CSharpCompilation Next() => (_toggle = !_toggle) ? _edited : _compilation;

    private static GeneratorDriver Driver(AdditionalText file) => CSharpGeneratorDriver.Create(
        [new ClientGenerator().AsSourceGenerator()],
        [file],
        ParseOptions,
        new Options(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    /// <summary>A benchmark of a run that reports errors would measure the wrong thing.</summary>
    private static GeneratorDriver Check(GeneratorDriver driver, int expectedSources)
    {
        var result = driver.GetRunResult();
        if (result.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning) || result.GeneratedTrees.Length != expectedSources)
        {
            throw new InvalidOperationException(
                $"expected {expectedSources} sources and no warning, got {result.GeneratedTrees.Length}: {string.Join("; ", result.Diagnostics)}");
        }

        return driver;
    }

    private static string FindEndpointsJson()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "endpoints.json");
            if (File.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "HookSnippets.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("endpoints.json next to HookSnippets.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>The properties of a net10.0 project; the generator reads nothing else.</summary>
    private sealed class Options : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions Global = new Values(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Bench",
            ["build_property.TargetFramework"] = "net10.0",
        });

        private static readonly AnalyzerConfigOptions None = new Values(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GlobalOptions => Global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
                values.TryGetValue(key, out value);
        }
    }
}
