using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookSnippets.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="ClientGenerator"/> through a <see cref="CSharpGeneratorDriver"/> the way the compiler does.</summary>
internal static class GeneratorRunner
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>The properties an SDK-style net10.0 console project in /project hands the generator.</summary>
    public static readonly IReadOnlyDictionary<string, string> DefaultProperties = new Dictionary<string, string>
    {
        ["RootNamespace"] = "Consumer",
        ["TargetFramework"] = "net10.0",
        ["ProjectDir"] = "/project/",
    };

    /// <summary>A compilation with the strictest settings: nullable on, every warning wave, XML doc checks.</summary>
    public static CSharpCompilation Compilation(params string[] sources) => CSharpCompilation.Create(
        "Consumer",
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, $"Source{i}.cs")),
        Net100.References.All,
        new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999,
            deterministic: true));

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> files,
        AnalyzerConfigOptionsProvider? options = null,
        bool trackSteps = true) => CSharpGeneratorDriver.Create(
            [new ClientGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            options ?? TestOptionsProvider.Create(DefaultProperties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    /// <summary>One run over <paramref name="compilation"/>: the generated sources by hint name and the generator's diagnostics.</summary>
    public static GeneratorDriverRunResult Run(
        IEnumerable<AdditionalText> files,
        AnalyzerConfigOptionsProvider? options = null,
        CSharpCompilation? compilation = null) =>
        CreateDriver(files, options).RunGenerators(compilation ?? Compilation()).GetRunResult();

    public static string ReadEndpointsJson() => File.ReadAllText(RepositoryPaths.EndpointsJson);
}
