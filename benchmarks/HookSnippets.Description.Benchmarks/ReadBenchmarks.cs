using BenchmarkDotNet.Attributes;
using HookSnippets.Description.Json;
using HookSnippets.Description.Model;
using HookSnippets.Description.Validation;

namespace HookSnippets.Description.Benchmarks;

/// <summary>Reading a 500-operation description end to end, and its two halves (JSON parsing, semantic validation).</summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private string _text = string.Empty;
    private ApiDescription _description = null!;

    [Params(500)]
    public int Operations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = LargeDescription.Create(Operations);
        var result = DescriptionReader.Read(_text, "endpoints.json");
        if (result.Description is null || result.Diagnostics.Count != 0)
        {
            throw new InvalidOperationException("The generated description must be clean: " + string.Join("\n", result.Diagnostics));
        }

        _description = result.Description;
    }

    [Benchmark(Baseline = true, Description = "DescriptionReader.Read")]
    public DescriptionResult Read() => DescriptionReader.Read(_text, "endpoints.json");

    [Benchmark(Description = "JsonParser.Parse")]
    public JsonParseResult Parse() => JsonParser.Parse(_text, "endpoints.json");

    [Benchmark(Description = "DescriptionValidator.Validate")]
    public IReadOnlyList<Diagnostics.DiagnosticInfo> Validate() => DescriptionValidator.Validate(_description, "endpoints.json");
}
