using HookSnippets.Snippets.Targets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// csharp-httpclient and csharp-client. Each sample is top-level statements, compiled in process by Roslyn as a
/// console project compiles its Program.cs (<see cref="SampleCompiler"/>); a csharp-client sample also references the
/// client the source generator produces from the same description, compiled once (<see cref="GeneratedClient"/>).
/// Samples then run in one .NET host per worker (SampleHost.cs, compiled here too), each in a collectible load
/// context of its own, with SSL_CERT_FILE naming the CA bundle. The syntax check compiles each csharp-httpclient
/// sample the same way with its warnings counting; a csharp-client sample is parsed only, since the edge cases of a
/// description may be what its client cannot express yet. A target naming NuGet packages (csharp-restsharp: RestSharp)
/// compiles against their assemblies from the tools folder (<see cref="NuGetReferences"/>), and the host loads them
/// from there; other targets never see them.
/// </summary>
public sealed class DotnetRunner : SampleRunner
{
    public const string ClientTarget = "csharp-client";

    public override string Name => "dotnet";

    /// <summary>A Roslyn compile in process per sample, against cURL's 0.04 s.</summary>
    public override double CostPerSample => 2;

    /// <summary>Compiling takes longest: it runs while the other toolchains run their samples.</summary>
    public override bool PreparesInBackground => true;

    public override ToolchainStatus Detect(RunContext context) =>
        ProcessRun.VersionLine("dotnet", "--version") is not { } version
            ? ToolchainStatus.Missing(Name, "the .NET SDK was not found")
            : SampleCompiler.References is null
                ? ToolchainStatus.Missing(Name, SampleCompiler.ReferencesMissing)
                : ToolchainStatus.Found(Name, ".NET SDK " + version);

    /// <summary>Beyond npm: the target's NuGet packages, restored into the tools folder by <c>toolchains --install</c>.</summary>
    public override string? MissingFor(SnippetTarget target, RunContext context) =>
        NuGetReferences.Missing(target, context) ?? base.MissingFor(target, context);

    public override async Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var references = SampleCompiler.References!;
        var host = context.Folder(Name, "host");
        var hostFailure = await Task.Run(() => CompileHost(context, references, host), ct).ConfigureAwait(false);
        if (hostFailure is not null)
        {
            return PreparedBatch.Processes(samples.Select(s => PreparedSample.Judged(SampleResult.Failed(s, "the .NET sample host did not compile", hostFailure), s)).ToArray());
        }

        var client = context.Folder(Name, "client");
        var clients = new Dictionary<int, (string? Failure, MetadataReference[] Reference)>();
        foreach (var description in samples.Where(s => s.Target.Id == ClientTarget).Select(s => s.DescriptionIndex).Distinct())
        {
            var failure = await Task.Run(() => GeneratedClient.Build(context, description, references, client), ct).ConfigureAwait(false);
            var assembly = Path.Combine(client, GeneratedClient.AssemblyName(description) + ".dll");
            clients[description] = (failure, failure is null && File.Exists(assembly) ? [MetadataReference.CreateFromFile(assembly)] : []);
        }

        var prepared = await context.ForEachAsync(samples, sample => Task.Run(() =>
        {
            var folder = context.Folder(Name, sample.Slug);
            WriteSample(sample, folder, sample.Target.FileName);
            var isClient = sample.Target.Id == ClientTarget;
            if (isClient && clients[sample.DescriptionIndex].Failure is { } clientFailure)
            {
                return PreparedSample.Judged(SampleResult.Failed(sample, "the generated client did not compile", clientFailure), sample);
            }

            var assembly = Path.Combine(folder, "sample.dll");
            MetadataReference[] extra = isClient ? clients[sample.DescriptionIndex].Reference : [.. NuGetReferences.References(sample.Target, context)];
            var errors = SampleCompiler.Emit(SampleCompiler.Program(SampleCompiler.Parse(sample), references, extra), assembly);
            return errors is null
                ? PreparedSample.Hosted(sample, assembly, folder)
                : PreparedSample.Judged(SampleResult.Failed(sample, "the C# compiler reported errors", errors), sample);
        }, ct), ct).ConfigureAwait(false);

        var packages = samples.Select(s => s.Target).Distinct().SelectMany(target => NuGetReferences.Folders(target, context)).Distinct().ToArray();
        var command = ProcessRun.Command("dotnet", [Path.Combine(host, "SampleHost.dll"), client, .. packages], context.Folder(Name));
        command.Environment["SSL_CERT_FILE"] = context.Trust.Bundle;
        return new PreparedBatch(prepared, command);
    }

    public override Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct)
    {
        var references = SampleCompiler.References;
        IReadOnlyList<string?> problems = samples
            .Select(sample => references is null ? SampleCompiler.ReferencesMissing
                : NuGetReferences.Missing(sample.Target, context) ?? Problems(sample, [.. references, .. NuGetReferences.References(sample.Target, context)]))
            .ToArray();
        return Task.FromResult(problems);
    }

    /// <summary>Every warning and error, as <c>file(line,col): warning CSxxxx: message</c>, or null when there is none.</summary>
    private static string? Problems(Sample sample, IReadOnlyList<MetadataReference> references)
    {
        var tree = SampleCompiler.Parse(sample);
        IEnumerable<Diagnostic> diagnostics = tree.GetDiagnostics();
        if (sample.Target.Id != ClientTarget)
        {
            using var output = new MemoryStream();
            diagnostics = SampleCompiler.Program(tree, references).Emit(output).Diagnostics;
        }

        var problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToArray();
        return problems.Length == 0 ? null : string.Join("\n", problems);
    }

    /// <summary>SampleHost.cs (shipped inside this assembly) as <c>SampleHost.dll</c> with the runtime configuration <c>dotnet</c> runs it with.</summary>
    private static string? CompileHost(RunContext context, IReadOnlyList<MetadataReference> references, string folder)
    {
        var source = File.ReadAllText(context.ExtractResource("Dotnet/SampleHost.cs"));
        var compilation = CSharpCompilation.Create(
            "SampleHost",
            [CSharpSyntaxTree.ParseText(source, SampleCompiler.ParseOptions, "SampleHost.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        File.WriteAllText(Path.Combine(folder, "SampleHost.runtimeconfig.json"), $$"""
            {
              "runtimeOptions": {
                "tfm": "net{{Environment.Version.Major}}.0",
                "framework": {
                  "name": "Microsoft.NETCore.App",
                  "version": "{{Environment.Version.Major}}.0.0"
                }
              }
            }

            """);
        return SampleCompiler.Emit(compilation, Path.Combine(folder, "SampleHost.dll"));
    }
}
