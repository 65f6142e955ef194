using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HookSnippets.Generator.Benchmarks;

/// <summary>A generator driver over one description, with the options of a net10.0 project, as a build runs it.</summary>
internal static class GeneratorDriverRun
{
    // A project without GenerateDocumentationFile (the default) compiles without /doc, so the driver parses the
    // generated doc comments as plain comments; GENERATOR_DOCS=1 measures a project that writes its XML docs.
    public static readonly CSharpParseOptions ParseOptions = new(
        LanguageVersion.Latest,
        Environment.GetEnvironmentVariable("GENERATOR_DOCS") == "1" ? DocumentationMode.Diagnose : DocumentationMode.None);

    public static readonly CSharpCompilation EmptyCompilation =
        CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("class Program { }", ParseOptions)]);

    public static GeneratorDriver Create(AdditionalText file) => CSharpGeneratorDriver.Create(
        [new ClientGenerator().AsSourceGenerator()],
        [file],
        ParseOptions,
        new Options(),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    public static GeneratorDriver Create(string path, string text) => Create(new Text(path, text));

    public sealed class Text(string path, string text) : AdditionalText
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
