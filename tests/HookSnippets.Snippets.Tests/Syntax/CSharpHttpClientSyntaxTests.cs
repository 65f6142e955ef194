using Basic.Reference.Assemblies;
using HookSnippets.Snippets.Tests.Samples;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Snippets.Tests.Syntax;

/// <summary>
/// Compiles every C# HttpClient sample with Roslyn, in process, the way a .NET 10 file-based app or a new console
/// project compiles it: top-level statements, the SDK's implicit usings, nullable enabled, and every warning
/// reported. (Running them with <c>dotnet run sample.cs</c> is the execution test's job.)
/// </summary>
public sealed class CSharpHttpClientSyntaxTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    [Theory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    public void EverySampleCompilesWithoutWarnings(string description)
    {
        var failures = TestSamples.Render(description, "csharp-httpclient")
            .Select(sample => (sample, diagnostics: Compile(sample.Text)))
            .Where(r => r.diagnostics.Length > 0)
            .Select(r => $"{r.sample}:\n{string.Join("\n", r.diagnostics)}\n--- sample ---\n{r.sample.Text}")
            .ToArray();

        Assert.Empty(failures);
    }

    [Fact]
    public void TheCompilerReportsABrokenLiteralAtItsLine()
    {
        var sample = TestSamples.Render(TestSamples.Shipped, "csharp-httpclient")[0];

        var diagnostics = Compile(sample.Text.Replace("\"https://", "\"https:\"//", StringComparison.Ordinal));

        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == "sample.cs");
    }

    internal static Diagnostic[] Compile(string text)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            "sample",
            [CSharpSyntaxTree.ParseText(text, options, "sample.cs"), CSharpSyntaxTree.ParseText(ImplicitUsings, options, "GlobalUsings.g.cs")],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var output = new MemoryStream();
        var result = compilation.Emit(output);
        return result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
    }
}
