using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace HookSnippets.Generator.Tests.Infrastructure;

/// <summary>
/// The Microsoft.CodeAnalysis.Testing harness for the generator, compiling against the net10.0 reference assemblies
/// of Basic.Reference.Assemblies (the harness's own ReferenceAssemblies.Net.Net100 asks for a pack this feed does not
/// serve), with the MSBuild properties an SDK project hands the generator.
/// </summary>
internal sealed class GeneratorTest : CSharpSourceGeneratorTest<ClientGenerator, DefaultVerifier>
{
    public GeneratorTest(string targetFramework = "net10.0")
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.Sources.Add(("Program.cs", "namespace Consumer;\n\ninternal static class Program\n{\n    private static void Main()\n    {\n    }\n}\n"));
        TestState.AdditionalReferences.AddRange(Net100.References.All);
        TestState.AnalyzerConfigFiles.Add((
            "/.globalconfig",
            $"is_global = true\nbuild_property.RootNamespace = Consumer\nbuild_property.TargetFramework = {targetFramework}\n"));
    }
}
