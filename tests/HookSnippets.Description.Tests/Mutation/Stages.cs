extern alias generator;

using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Basic.Reference.Assemblies;
using HookSnippets.ClientShape;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Output;
using HookSnippets.Snippets.Rendering;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ClientGenerator = generator::HookSnippets.Generator.ClientGenerator;

namespace HookSnippets.Description.Tests.Mutation;

/// <summary>
/// Every stage a description goes through, called as <c>validate</c>, <c>render</c> and the build call them. Each
/// method returns what disagrees with <c>validate</c> (empty when the stage agrees) and lets an exception escape, so
/// the caller reports it with the mutant that caused it.
/// </summary>
internal static class Stages
{
    public const string FilePath = "/project/endpoints.json";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly AnalyzerConfigOptionsProvider Project = new ProjectOptions(new Dictionary<string, string>
    {
        ["build_property.TargetFramework"] = "net10.0",
        ["build_property.ProjectDir"] = "/project/",
    }.ToImmutableDictionary());

    /// <summary>An empty consumer compiled with the strictest settings: nullable on, every warning wave, XML doc checks.</summary>
    private static readonly CSharpCompilation Consumer = CSharpCompilation.Create(
        "Consumer",
        [],
        Net100.References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999, deterministic: true));

    /// <summary>
    /// Every stage after <c>validate</c> on one input, given what <c>validate</c> made of it (the CLI reads the file's
    /// bytes with <see cref="DescriptionReader.Read(byte[], string)"/>) and the text the compiler hands the generator.
    /// What disagrees with <c>validate</c>, or threw, is returned; the client is compiled only with
    /// <paramref name="compile"/> (a quarter of a second each, so callers sample).
    /// </summary>
    public static List<string> Run(DescriptionResult validated, SourceText text, bool compile)
    {
        var problems = new List<string>();
        if (validated.Description is { } api)
        {
            Collect(problems, "client shape", () => Shape(api));
            Collect(problems, "render", () => Render(api));
        }

        Collect(problems, "generator", () => Generate(text, validated, compile));
        return problems;
    }

    private static void Collect(List<string> problems, string stage, Func<IEnumerable<string>> run)
    {
        try
        {
            problems.AddRange(run());
        }
        catch (Exception exception)
        {
            problems.Add($"{stage} threw {exception}");
        }
    }

    /// <summary>The client shape under the default names: an error, or an operation left without a method, disagrees.</summary>
    private static IEnumerable<string> Shape(ApiDescription api)
    {
        var name = Description.Naming.Identifiers.ToPascalCase(api.Name);
        var result = ClientShapeBuilder.Build(api, FilePath, name, name + "Client");
        foreach (var error in result.Diagnostics.Where(d => d.Severity == Severity.Error))
        {
            yield return "client shape: " + error;
        }

        var methods = result.Shape.Groups.SelectMany(g => g.Operations).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var operation in api.Operations.Where(o => !methods.Contains(o.Id)))
        {
            var why = result.Diagnostics.FirstOrDefault(d => operation.Span.Start <= d.Span.Start && d.Span.Start < operation.Span.End);
            yield return $"client shape: no method for '{operation.Id}' ({why?.ToString() ?? "no diagnostic"})";
        }
    }

    /// <summary><c>render</c> of every operation in every target of the shipped pack: any error disagrees, and so does a sample neither written nor declined (HS3008).</summary>
    private static IEnumerable<string> Render(ApiDescription api)
    {
        var rendered = SnippetSetRenderer.Render(api, FilePath, TemplatePack.Embedded, RenderOptions.All);
        foreach (var error in rendered.Diagnostics.Where(d => d.Severity == Severity.Error))
        {
            yield return "render: " + error;
        }

        if (rendered.Files is not null)
        {
            var targets = TemplatePack.Embedded.Targets.Count;
            foreach (var (operation, samples) in SamplesPerOperation.Count(api, rendered).Where(c => c.Value != targets))
            {
                yield return $"render: {samples} samples of {targets} for '{operation}'";
            }
        }
    }

    /// <summary>
    /// The source generator through <see cref="CSharpGeneratorDriver"/> on the text the compiler would hand it. It must
    /// report exactly the errors <c>validate</c> reports (same code, same place); on a valid description it must
    /// generate the client, and with <paramref name="compile"/> the client must compile without a warning.
    /// </summary>
    private static IEnumerable<string> Generate(SourceText text, DescriptionResult validated, bool compile)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ClientGenerator().AsSourceGenerator()],
            [new InMemoryText(FilePath, text)],
            ParseOptions,
            Project,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGeneratorsAndUpdateCompilation(Consumer, out var generated, out var diagnostics);
        var run = driver.GetRunResult().Results.Single();
        if (run.Exception is not null)
        {
            yield return "generator threw: " + run.Exception;
        }

        var expected = validated.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => $"{d.Id}@{d.Span.StartLine + 1},{d.Span.StartColumn + 1}").Order(StringComparer.Ordinal).ToList();
        var reported = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(Located).Order(StringComparer.Ordinal).ToList();
        if (!expected.SequenceEqual(reported))
        {
            yield return $"generator errors [{string.Join(", ", reported)}] are not validate's [{string.Join(", ", expected)}]: {string.Join("; ", diagnostics)}";
        }

        if (validated.Description is null)
        {
            yield break;
        }

        if (run.GeneratedSources.Length < 2)
        {
            yield return $"generator: only {run.GeneratedSources.Length} files for a valid description";
        }

        if (compile)
        {
            foreach (var problem in generated.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                yield return "generated client: " + problem;
            }
        }
    }

    private static string Located(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return $"{diagnostic.Id}@{start.Line + 1},{start.Character + 1}";
    }

    private sealed class InMemoryText(string path, SourceText text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    private sealed class ProjectOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
