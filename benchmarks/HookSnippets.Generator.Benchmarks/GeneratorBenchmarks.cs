using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Generator.Benchmarks;

/// <summary>
/// One full generator run (read, validate, shape, emit) for the shipped endpoints.json and for a 500-operation
/// description, and a run after an unrelated C# edit, which must find everything cached.
/// Program.cs runs every job in-process.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
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
        _endpoints = new GeneratorDriverRun.Text("endpoints.json", File.ReadAllText(FindEndpointsJson()));
        _large = new GeneratorDriverRun.Text("large/endpoints.json", LargeDescription.Create(groups: 100, operationsPerGroup: 5));
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("class Program { }", GeneratorDriverRun.ParseOptions)]);
        _edited = _compilation.ReplaceSyntaxTree(_compilation.SyntaxTrees[0], CSharpSyntaxTree.ParseText("class Program { int edited; }", GeneratorDriverRun.ParseOptions));

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

    private static GeneratorDriver Driver(AdditionalText file) => GeneratorDriverRun.Create(file);

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
}
