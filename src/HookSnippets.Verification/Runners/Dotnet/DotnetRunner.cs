using System.Security;
using System.Text;
using HookSnippets.Description.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// csharp-httpclient and csharp-client. Each sample is top-level statements, so each gets its own tiny console
/// project (Program.cs is the sample, unchanged); one <c>dotnet build</c> of a solution holding them all compiles the
/// batch. A csharp-client project also gets the source generator as an analyzer and the description as
/// <c>endpoints.json</c>, so the sample compiles against the client generated from the same description. The
/// client gets the names a project without settings gets from the description: namespace <c>ToPascalCase(name)</c>
/// (set through HookSnippetsNamespace, since the temporary project's own root namespace means nothing to a reader)
/// and class <c>ToPascalCase(name) + "Client"</c>, as in <c>Auth0Management.Auth0ManagementClient</c>.
/// Samples then run as <c>dotnet sample.dll</c> with SSL_CERT_FILE naming the CA bundle. The syntax check compiles
/// each csharp-httpclient sample in process with Roslyn against the SDK's reference assemblies, as a console project
/// compiles it (a build per sample costs seconds); a csharp-client sample is parsed only, since its client exists
/// only inside a build.
/// </summary>
public sealed class DotnetRunner : SampleRunner
{
    public const string ClientTarget = "csharp-client";

    public override string Name => "dotnet";

    /// <summary>The batch build takes longest: it runs while the other toolchains run their samples.</summary>
    public override bool PreparesInBackground => true;

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("dotnet", "--version") is { } version
            ? ToolchainStatus.Found(Name, ".NET SDK " + version)
            : ToolchainStatus.Missing(Name, "the .NET SDK was not found");

    public override async Task<IReadOnlyList<PreparedSample>> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var root = context.Folder(Name);
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), BuildProps, Encoding.UTF8);
        var generator = samples.Any(s => s.Target.Id == ClientTarget) ? context.ExtractResource("Dotnet/HookSnippets.Generator.dll") : null;

        var projects = new List<(Sample Sample, string Folder, string Project)>();
        var prepared = new List<PreparedSample>();
        foreach (var sample in samples)
        {
            var folder = context.Folder(Name, sample.Slug);
            WriteSample(sample, folder, "Program.cs");
            var client = sample.Target.Id == ClientTarget;
            if (client)
            {
                File.Copy(context.DescriptionPath, Path.Combine(folder, "endpoints.json"), overwrite: true);
            }

            var project = Path.Combine(folder, sample.Slug + ".csproj");
            File.WriteAllText(project, ProjectFile(client ? generator : null, Identifiers.ToPascalCase(context.ApiName)), Encoding.UTF8);
            projects.Add((sample, folder, project));
        }

        if (projects.Count == 0)
        {
            return prepared;
        }

        var solution = Path.Combine(root, "samples.slnx");
        File.WriteAllText(solution,
            "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{SecurityElement.Escape(Path.GetRelativePath(root, p.Project))}\" />\n")) + "</Solution>\n",
            Encoding.UTF8);
        // No node reuse: the build's MSBuild nodes end with it (a shared machine's other builds keep their servers).
        var build = ProcessRun.Command(
            "dotnet",
            ["build", solution, "-c", "Release", "-nologo", "-v", "q", $"-m:{context.Parallelism}", "-nodeReuse:false", "-p:NuGetAudit=false", "-clp:NoSummary;ErrorsOnly"],
            root);
        var outcome = await ProcessRun.RunAsync(build, TimeSpan.FromMinutes(5) + context.Timeout * projects.Count, ct).ConfigureAwait(false);

        foreach (var (sample, folder, _) in projects)
        {
            var dll = Path.Combine(folder, "bin", "sample.dll");
            if (!File.Exists(dll))
            {
                // Errors are printed with the project's path: keep only this sample's lines.
                var own = string.Join("\n", outcome.Combined.Split('\n').Where(l => l.Contains(folder, StringComparison.Ordinal)));
                prepared.Add(PreparedSample.Judged(
                    SampleResult.Failed(sample, outcome.TimedOut ? "dotnet build did not finish within the timeout" : "dotnet build failed", own.Length > 0 ? own : outcome.Combined),
                    sample));
                continue;
            }

            var run = ProcessRun.Command("dotnet", [dll], folder);
            run.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
            prepared.Add(PreparedSample.Run(sample, run));
        }

        return prepared;
    }

    public override Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var references = ReferenceAssemblies.Value;
        IReadOnlyList<string?> problems = samples
            .Select(sample => references is null
                ? $"the .NET {Environment.Version.Major} reference assemblies were not found below {DotnetRoot() ?? "the dotnet root"}/packs"
                : Problems(sample, references))
            .ToArray();
        return Task.FromResult(problems);
    }

    /// <summary>Every warning and error, as <c>file(line,col): warning CSxxxx: message</c>, or null when there is none.</summary>
    private static string? Problems(Sample sample, IReadOnlyList<MetadataReference> references)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var tree = CSharpSyntaxTree.ParseText(sample.Text, options, Path.Combine(sample.Slug, sample.Target.FileName));
        IEnumerable<Diagnostic> diagnostics = tree.GetDiagnostics();
        if (sample.Target.Id != ClientTarget)
        {
            var compilation = CSharpCompilation.Create(
                "sample",
                [tree, CSharpSyntaxTree.ParseText(ImplicitUsings, options, "GlobalUsings.g.cs")],
                references,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
            using var output = new MemoryStream();
            diagnostics = compilation.Emit(output).Diagnostics;
        }

        var problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
        return problems.Length == 0 ? null : string.Join("\n", problems);
    }

    /// <summary>The usings a console project of the SDK imports for every file (ImplicitUsings).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    /// <summary>The reference assemblies of this runtime's major version from the SDK's targeting pack, or null when absent.</summary>
    private static readonly Lazy<IReadOnlyList<MetadataReference>?> ReferenceAssemblies = new(() =>
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

    // Samples are judged by the request they send: compiler warnings (an [Obsolete] deprecated operation) do not fail them.
    private const string BuildProps = """
        <Project>
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <AssemblyName>sample</AssemblyName>
            <RootNamespace>Sample</RootNamespace>
            <OutDir>$(MSBuildProjectDirectory)/bin/</OutDir>
            <UseAppHost>false</UseAppHost>
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
            <EnableNETAnalyzers>false</EnableNETAnalyzers>
            <GenerateDocumentationFile>false</GenerateDocumentationFile>
            <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
            <NoWarn>$(NoWarn);CS0618;CS1591</NoWarn>
          </PropertyGroup>
        </Project>

        """;

    private static string ProjectFile(string? generator, string clientNamespace)
    {
        var analyzer = generator is null
            ? ""
            : $"""
                <PropertyGroup>
                  <HookSnippetsNamespace>{SecurityElement.Escape(clientNamespace)}</HookSnippetsNamespace>
                </PropertyGroup>
                <ItemGroup>
                  <Analyzer Include="{SecurityElement.Escape(generator)}" />
                  <AdditionalFiles Include="endpoints.json" />
                  <CompilerVisibleProperty Include="HookSnippetsNamespace" />
                  <CompilerVisibleProperty Include="HookSnippetsClientName" />
                  <CompilerVisibleProperty Include="TargetFramework" />
                  <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="HookSnippets" />
                  <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="HookSnippetsNamespace" />
                  <CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="HookSnippetsClientName" />
                </ItemGroup>

              """;
        return "<Project Sdk=\"Microsoft.NET.Sdk\">\n" + analyzer + "</Project>\n";
    }
}
