using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using NuGet.Packaging.Core;
using NuGet.Versioning;

namespace HookSnippets.Generator.Tests.Infrastructure;

/// <summary>
/// The Microsoft.CodeAnalysis.Testing harness for the generator, against the net10.0 reference pack (the harness's
/// own ReferenceAssemblies.Net.Net100 asks for a pack this feed does not serve).
/// </summary>
internal sealed class GeneratorTest : CSharpSourceGeneratorTest<ClientGenerator, DefaultVerifier>
{
    public static readonly ReferenceAssemblies Net100 = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", NuGetVersion.Parse("10.0.12")),
        Path.Combine("ref", "net10.0"));

    public GeneratorTest(string targetFramework = "net10.0")
    {
        ReferenceAssemblies = Net100;
        TestState.AnalyzerConfigFiles.Add((
            "/.globalconfig",
            $"is_global = true\nbuild_property.RootNamespace = Consumer\nbuild_property.TargetFramework = {targetFramework}\n"));
    }
}
