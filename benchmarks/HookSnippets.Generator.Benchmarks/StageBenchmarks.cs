using BenchmarkDotNet.Attributes;
using HookSnippets.Description;
using HookSnippets.ClientShape;
using HookSnippets.Description.Model;
using HookSnippets.Generator.Emitter;

namespace HookSnippets.Generator.Benchmarks;

/// <summary>The stages of a full run on the 500-operation description, to see where its time goes.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private string _text = null!;
    private ApiDescription _description = null!;
    private CSharpClientShape _shape = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = LargeDescription.Create(groups: 100, operationsPerGroup: 5);
        _description = DescriptionReader.Read(_text, "endpoints.json").Description
            ?? throw new InvalidOperationException("the large description does not validate");
        _shape = ClientShapeBuilder.Build(_description, "endpoints.json", "Bench", "LargeClient").Shape;
    }

    [Benchmark(Description = "500 operations: read and validate")]
    public DescriptionResult Read() => DescriptionReader.Read(_text, "endpoints.json");

    [Benchmark(Description = "500 operations: shape the client")]
    public ClientShapeResult Shape() => ClientShapeBuilder.Build(_description, "endpoints.json", "Bench", "LargeClient");

    [Benchmark(Description = "500 operations: emit C#")]
    public EquatableArray<GeneratedSource> Emit() => ClientEmitter.Emit(_shape);
}
