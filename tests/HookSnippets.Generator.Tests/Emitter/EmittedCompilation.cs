using System.Collections.Immutable;
using HookSnippets.Description;
using HookSnippets.ClientShape;
using HookSnippets.Description.Model;
using HookSnippets.Generator.Emitter;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Generator.Tests.Emitter;

/// <summary>
/// Compiles emitted sources as a consumer would: C# 12 (the net8.0 default), nullable on, XML docs checked,
/// warning level 9999, against the net8.0 or net10.0 reference assemblies.
/// </summary>
internal static class EmittedCompilation
{
    public static IReadOnlyList<GeneratedSource> Generate(ApiDescription description, string @namespace = "Contoso.Api", string clientName = "TestClient")
    {
        var result = ClientShapeBuilder.Build(description, "endpoints.json", @namespace, clientName);
        return ClientEmitter.Emit(result.Shape).Concat(ClientEmitter.EmitShared(@namespace)).ToList();
    }

    public static CSharpCompilation Compile(IEnumerable<GeneratedSource> sources, bool net80 = true, params string[] extraSources)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12, DocumentationMode.Diagnose);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parseOptions, s.HintName))
            .Concat(extraSources.Select((s, i) => CSharpSyntaxTree.ParseText(s, parseOptions, "extra" + i + ".cs")));
        var references = net80
            ? Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            : Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>();
        return CSharpCompilation.Create(
            "Consumer",
            trees,
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                specificDiagnosticOptions: ImmutableDictionary<string, ReportDiagnostic>.Empty));
    }

    /// <summary>Fails with every warning and error when there is any.</summary>
    public static void AssertClean(CSharpCompilation compilation)
    {
        var problems = Problems(compilation);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Every warning and error of the compilation, including emit-time ones, as readable lines.</summary>
    public static IReadOnlyList<string> Problems(CSharpCompilation compilation)
    {
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        return compilation.GetDiagnostics().Concat(emit.Diagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Select(d => d.ToString())
            .Distinct()
            .ToList();
    }
}
