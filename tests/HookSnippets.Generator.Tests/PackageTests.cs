using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using HookSnippets.Generator.Tests.Infrastructure;

namespace HookSnippets.Generator.Tests;

/// <summary>What <c>dotnet pack</c> produces: an analyzer-only, development-only package whose DLL loads on its own.</summary>
[Collection(PackedGeneratorCollection.Name)]
[Trait("Category", "Package")]
public sealed class PackageTests(PackedGenerator package)
{
    private const string AnalyzerPath = "analyzers/dotnet/cs/HookSnippets.Generator.dll";

    [Fact]
    public void The_package_holds_one_analyzer_slot_build_files_readme_and_icon_and_no_lib()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(AnalyzerPath, entries);
        Assert.Single(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal));
        Assert.Contains("build/HookSnippets.Generator.props", entries);
        Assert.Contains("build/HookSnippets.Generator.targets", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_nuspec_is_a_development_dependency_with_readme_icon_and_no_dependencies()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("HookSnippets.Generator", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("icon.png", Value("icon"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName is "dependency" or "group");
    }

    /// <summary>
    /// The compiler (Microsoft.CodeAnalysis) is what loads the analyzer, so it is always there. Anything else,
    /// System.Collections.Immutable included, is a version the host may not have (Visual Studio, older SDKs).
    /// </summary>
    [Fact]
    public void The_packed_analyzer_references_only_netstandard_and_Microsoft_CodeAnalysis()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var copy = new MemoryStream();
        using (var stream = zip.GetEntry(AnalyzerPath)!.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var pe = new PEReader(copy);
        var reader = pe.GetMetadataReader();
        var references = reader.AssemblyReferences
            .Select(handle => reader.GetString(reader.GetAssemblyReference(handle).Name))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(["Microsoft.CodeAnalysis", "netstandard"], references);
    }

    [Fact]
    public void The_build_props_expose_every_option_to_the_compiler()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var stream = zip.GetEntry("build/HookSnippets.Generator.props")!.Open();
        var items = XDocument.Load(stream).Descendants().ToList();

        var properties = items.Where(e => e.Name.LocalName == "CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!).ToArray();
        var metadata = items.Where(e => e.Name.LocalName == "CompilerVisibleItemMetadata")
            .Select(e => $"{(string?)e.Attribute("Include")}.{(string?)e.Attribute("MetadataName")}")
            .ToArray();

        Assert.Equal(["HookSnippetsNamespace", "HookSnippetsClientName", "RootNamespace", "TargetFramework", "HookSnippetsDependencyInjection"], properties);
        Assert.Equal(["AdditionalFiles.HookSnippets", "AdditionalFiles.HookSnippetsNamespace", "AdditionalFiles.HookSnippetsClientName"], metadata);
    }
}
