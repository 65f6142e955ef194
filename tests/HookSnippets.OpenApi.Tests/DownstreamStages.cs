extern alias generator;

using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Basic.Reference.Assemblies;
using HookSnippets.Description;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Output;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Verification;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ClientGenerator = generator::HookSnippets.Generator.ClientGenerator;

namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// The stages after an import, as the import tests drive them: render every sample, generate and compile the C#
/// client, run <c>verify</c>. They are called through today's renderer, generator and verifier APIs here only, so a
/// change of those APIs is adapted in this one file.
/// </summary>
internal static class DownstreamStages
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>How many targets have a template: each operation renders one sample per target.</summary>
    public static int Targets => TemplatePack.Embedded.Targets.Count;

    /// <summary>
    /// Renders every operation for every target with a template, as <c>render</c> does: the errors, and how many samples
    /// each operation accounts for (<see cref="SamplesPerOperation"/>; null when nothing was rendered).
    /// </summary>
    public static (IReadOnlyList<string> Errors, IReadOnlyDictionary<string, int>? FilesPerOperation) Render(ApiDescription api)
    {
        var rendered = SnippetSetRenderer.Render(api, "endpoints.json", TemplatePack.Embedded, RenderOptions.All);
        var errors = rendered.Diagnostics.Where(d => d.Severity == Description.Diagnostics.Severity.Error).Select(d => d.ToString()).ToList();
        if (rendered.Files is null)
        {
            return (errors, null);
        }

        return (errors, SamplesPerOperation.Count(api, rendered));
    }

    /// <summary>
    /// Runs the source generator on <paramref name="endpointsJson"/> and compiles what it generates under the
    /// strictest settings (nullable, every warning wave, XML doc checks): the generator's diagnostics (HS2xxx when it
    /// exposes something in a weaker form), the compiler's errors and warnings, and how many files were generated.
    /// </summary>
    public static (IReadOnlyList<string> Generator, IReadOnlyList<string> Compiler, int GeneratedFiles) CompileClient(string endpointsJson)
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999, deterministic: true));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new ClientGenerator().AsSourceGenerator()],
            [new InMemoryText("/project/endpoints.json", endpointsJson)],
            ParseOptions,
            new ProjectOptions(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", ["build_property.TargetFramework"] = "net10.0" }));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);
        var compiler = generated.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        return (generatorDiagnostics.Select(d => d.ToString()).ToList(), compiler, driver.GetRunResult().GeneratedTrees.Length);
    }

    /// <summary>
    /// One <c>verify</c> run of several descriptions, each part for every target on its <c>Operations</c> only: each
    /// description holds those operations and the types they reach, written to a temporary endpoints.json. A missing
    /// toolchain skips its samples, except under CI=true. The reports are in the order of <paramref name="parts"/>.
    /// </summary>
    public static async Task<IReadOnlyList<VerifyReport>> VerifyAsync(IReadOnlyList<(ApiDescription Api, IReadOnlyList<Operation> Operations)> parts)
    {
        var folder = Directory.CreateTempSubdirectory("hooksnippets-import-verify-").FullName;
        try
        {
            var tools = Path.Combine(TestFiles.RepositoryRoot, "tools");
            var runs = new List<VerifyOptions>();
            foreach (var (api, operations) in parts)
            {
                var path = Path.Combine(folder, $"{runs.Count}.endpoints.json");
                await File.WriteAllTextAsync(path, DescriptionWriter.ToText(DescriptionWriter.Write(Reduce(api, operations))));
                var read = DescriptionReader.Read(await File.ReadAllTextAsync(path), path);
                Assert.Empty(read.Diagnostics);
                runs.Add(new VerifyOptions
                {
                    Api = read.Description!,
                    DescriptionPath = path,
                    ToolsDirectory = Directory.Exists(tools) ? tools : null,
                    SampleTimeout = TimeSpan.FromSeconds(120),
                    Ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase),
                });
            }

            return await Verifier.RunAsync(runs, new SilentProgress());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The description with only <paramref name="operations"/> and the types they reach.</summary>
    private static ApiDescription Reduce(ApiDescription api, IReadOnlyList<Operation> operations)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Schema>(operations.SelectMany(o =>
            o.Parameters.Select(p => p.Schema)
                .Concat(o.Body is { } body ? [body.Schema] : [])
                .Concat(o.Responses.Select(r => r.Schema).OfType<Schema>())));
        while (pending.TryPop(out var schema))
        {
            if (schema.RefName is { } name && used.Add(name))
            {
                pending.Push(api.FindType(name)!);
            }

            foreach (var child in schema.Properties.Select(p => p.Schema).Concat(schema.AllOf).Concat(schema.OneOf).Concat(schema.AnyOf)
                .Concat(new[] { schema.Items, schema.AdditionalProperties }.OfType<Schema>()))
            {
                pending.Push(child);
            }
        }

        return api with
        {
            Operations = operations.ToEquatableArray(),
            Types = api.Types.Where(t => used.Contains(t.Name)).ToEquatableArray(),
        };
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
