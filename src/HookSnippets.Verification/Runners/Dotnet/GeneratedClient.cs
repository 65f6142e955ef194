using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using HookSnippets.Description.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// The client the source generator (shipped inside this assembly) produces from one of the run's descriptions, compiled
/// once into an assembly that every csharp-client sample of that description references, as a project that adds the
/// package and the file gets it: the description is an additional file and the client has the names a project without settings gets,
/// namespace <c>ToPascalCase(name)</c> and class <c>ToPascalCase(name) + "Client"</c>
/// (<c>Auth0Management.Auth0ManagementClient</c>).
/// </summary>
internal static class GeneratedClient
{
    /// <summary>
    /// <c>HookSnippets.GeneratedClient</c> for the first description, then <c>HookSnippets.GeneratedClient.1</c> and on:
    /// the .NET host loads the clients of all descriptions from one folder, by name.
    /// </summary>
    public static string AssemblyName(int description) => description == 0 ? "HookSnippets.GeneratedClient" : $"HookSnippets.GeneratedClient.{description}";

    private static readonly Lazy<ISourceGenerator> Generator = new(() =>
    {
        using var stream = typeof(GeneratedClient).Assembly.GetManifestResourceStream("runners/Dotnet/HookSnippets.Generator.dll")
            ?? throw new InvalidOperationException("the source generator is not shipped in this build of verify");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        var type = Assembly.Load(bytes.ToArray()).GetType("HookSnippets.Generator.ClientGenerator", throwOnError: true)!;
        return ((IIncrementalGenerator)Activator.CreateInstance(type)!).AsSourceGenerator();
    });

    /// <summary>Writes the client of description <paramref name="index"/> into <paramref name="folder"/> (<see cref="AssemblyName"/>); the errors, or null when it compiled.</summary>
    public static string? Build(RunContext context, int index, IReadOnlyList<MetadataReference> references, string folder)
    {
        var file = context.Descriptions[index];
        var description = new DescriptionText(file.Path, File.ReadAllText(file.Path));
        var options = new ProjectOptions(
            new Dictionary<string, string>
            {
                ["build_property.HookSnippetsNamespace"] = Identifiers.ToPascalCase(file.ApiName),
                ["build_property.TargetFramework"] = $"net{Environment.Version.Major}.0",
            },
            description.Path);
        var compilation = CSharpCompilation.Create(
            AssemblyName(index),
            [],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        CSharpGeneratorDriver.Create([Generator.Value], [description], SampleCompiler.ParseOptions, options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var diagnostics);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        return errors.Length > 0
            ? "the source generator reported errors:\n" + string.Join("\n", errors)
            : SampleCompiler.Emit(generated, Path.Combine(folder, AssemblyName(index) + ".dll"));
    }

    private sealed class DescriptionText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    /// <summary>The project's properties, and the description picked by its item metadata whatever its file name.</summary>
    private sealed class ProjectOptions(IReadOnlyDictionary<string, string> properties, string description) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Picked = new(ImmutableDictionary<string, string>.Empty.Add("build_metadata.AdditionalFiles.HookSnippets", "true"));

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties.ToImmutableDictionary());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == description ? Picked : Options.Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
