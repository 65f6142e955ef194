using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// Compiles C# in process as an SDK console project compiles its Program.cs: top-level statements, the SDK's implicit
/// usings, nullable on, against the reference assemblies of this runtime's major version from the SDK's targeting
/// pack. A build per sample costs seconds; this costs tens of milliseconds once Roslyn is warm.
/// </summary>
internal static class SampleCompiler
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>The usings a console project of the SDK imports for every file (ImplicitUsings).</summary>
    private static readonly SyntaxTree ImplicitUsings = CSharpSyntaxTree.ParseText(
        """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """,
        ParseOptions,
        "GlobalUsings.g.cs");

    /// <summary>The reference assemblies of this runtime's major version from the SDK's targeting pack, or null when absent.</summary>
    public static IReadOnlyList<MetadataReference>? References => LazyReferences.Value;

    /// <summary>Why <see cref="References"/> is null.</summary>
    public static string ReferencesMissing =>
        $"the .NET {Environment.Version.Major} reference assemblies were not found below {DotnetRoot() ?? "the dotnet root"}/packs";

    public static SyntaxTree Parse(Sample sample) =>
        CSharpSyntaxTree.ParseText(sample.Text, ParseOptions, Path.Combine(sample.Slug, sample.Target.FileName));

    /// <summary>A console program of the sample, with <paramref name="extra"/> references (the generated client).</summary>
    public static CSharpCompilation Program(SyntaxTree sample, IReadOnlyList<MetadataReference> references, params MetadataReference[] extra) =>
        CSharpCompilation.Create(
            "sample",
            [sample, ImplicitUsings],
            [.. references, .. extra],
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>Emits to <paramref name="path"/>; the errors, one per line, or null when it compiled.</summary>
    public static string? Emit(Compilation compilation, string path)
    {
        using var assembly = new MemoryStream();
        var emitted = compilation.Emit(assembly);
        if (!emitted.Success)
        {
            return string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        File.WriteAllBytes(path, assembly.ToArray());
        return null;
    }

    private static readonly Lazy<IReadOnlyList<MetadataReference>?> LazyReferences = new(() =>
    {
        var packs = DotnetRoot() is { } root ? Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref") : null;
        var framework = $"net{Environment.Version.Major}.0";
        var folder = packs is not null && Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Where(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) && v.Major == Environment.Version.Major)
                .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
                .Select(d => Path.Combine(d, "ref", framework))
                .FirstOrDefault(Directory.Exists)
            : null;
        return folder is null
            ? null
            : Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToArray();
    });

    /// <summary>DOTNET_ROOT, else the folder of the <c>dotnet</c> found on PATH (through its symbolic link).</summary>
    private static string? DotnetRoot()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && Directory.Exists(root))
        {
            return root;
        }

        var dotnet = ProcessRun.Find("dotnet");
        return dotnet is null ? null : Path.GetDirectoryName(File.ResolveLinkTarget(dotnet, returnFinalTarget: true)?.FullName ?? dotnet);
    }
}
