extern alias generator;

using System.Text;
using Basic.Reference.Assemblies;
using HookSnippets.Generator.Tests.Infrastructure;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Tests.Samples;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using ClientGenerator = generator::HookSnippets.Generator.ClientGenerator;

namespace HookSnippets.Snippets.Tests.CSharpClient;

/// <summary>
/// Every csharp-client call compiles, without a warning, against the client the source generator makes from the same
/// description under its default names (a project with no RootNamespace), which is the client the sample promises.
/// </summary>
public sealed class GeneratedClientCallTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    [Theory]
    [InlineData(TestSamples.Shipped)]
    [InlineData(TestSamples.Hostile)]
    public void Every_call_compiles_against_the_generated_client(string description)
    {
        var text = File.ReadAllText(RepositoryRoot.File(description));
        var models = RequestModelBuilder.Build(TestSamples.Read(description));

        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(Program(models), ParseOptions, "Sample.cs")],
            Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
        CSharpGeneratorDriver.Create([new ClientGenerator().AsSourceGenerator()], [new InMemoryAdditionalText("/project/endpoints.json", text)], ParseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        using var stream = new MemoryStream();
        var problems = generated.Emit(stream).Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
        Assert.True(problems.Length == 0, string.Join("\n", problems) + "\n--- Sample.cs ---\n" + Program(models));
    }

    /// <summary>One method constructing the client as the template does, then each operation's call in a block of its own.</summary>
    private static string Program(IReadOnlyList<OperationModel> models)
    {
        var client = models[0].CSharp!;
        var program = new StringBuilder();
        foreach (var name in client.Usings)
        {
            program.Append("using ").Append(name).Append(";\n");
        }

        var options = client.Variables.Select(v => v.PropertyName + " = \"" + v.Example + "\"").ToList();
        options.AddRange(client.Credentials.Select(c => c.Property + " = \"" + c.Example + "\""));

        program.Append("internal static class Sample\n{\n    internal static async System.Threading.Tasks.Task RunAsync(System.Net.Http.HttpClient http)\n    {\n")
            .Append("        var client = new ").Append(client.ClientName).Append("(http, new ").Append(client.OptionsName)
            .Append(" { ").Append(string.Join(", ", options)).Append(" });\n");
        foreach (var model in models)
        {
            program.Append("        {\n").Append(model.CSharp!.Call).Append("\n        }\n");
        }

        return program.Append("    }\n}\n").ToString();
    }
}
