using HookSnippets.Description.Json;
using HookSnippets.RecordingServer.Tests;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;
using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Snippets.Tests.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookSnippets.Snippets.Tests.Hostile;

/// <summary>
/// Every string of the hostile corpus, as secret name, secret value, hook id and query value
/// (<see cref="HostileCorpus"/>), rendered by every built-in target: each language's own checker parses all of a
/// language's files in one process. Each batch also holds one deliberately broken file, which must be the only
/// file the checker reports, so a checker that ignores its input or stops at the first file cannot pass.
/// </summary>
public sealed class HostileTemplateSyntaxTests
{
    private const string Broken = "\n(\n";

    private static readonly Lazy<IReadOnlyList<OperationModel>> Models = new(() => RequestModelBuilder.Build(HostileCorpus.ForTemplates.Description));

    [Fact]
    public void Every_string_takes_every_role_and_every_target_renders_it()
    {
        var corpus = HostileCorpus.Strings;
        var models = Models.Value;
        var secrets = models.Where(m => m.Request.Body is not null).SelectMany(m => ((JsonObject)m.Request.Body!.Json).Members).ToArray();
        var gets = models.Where(m => m.Request.Method == "GET").ToArray();

        Assert.True(corpus.Count >= 200, $"{corpus.Count} strings");
        Assert.Equal(corpus, secrets.Select(s => s.Name));
        Assert.Equal(corpus.Order(StringComparer.Ordinal), secrets.Select(s => ((JsonString)s.Value).Value).Order(StringComparer.Ordinal));
        Assert.Equal(corpus.Select(UrlEncoding.Encode), gets.SelectMany(m => m.Request.Query).Select(q => q.Value));
        Assert.Equal(
            HostileCorpus.ForTemplates.PathValues.Select(v => "/" + UrlEncoding.Encode(v)),
            gets.SelectMany(m => m.Request.Path["/api/v2/hooks".Length..].Split('/').Skip(1)).Select(segment => "/" + segment));
        Assert.All(HostileCorpus.NotPathSegments, s => Assert.DoesNotContain(s, HostileCorpus.ForTemplates.PathValues));
        Assert.Equal(13, TargetCatalogue.BuiltIn.Count);
        Assert.All(TargetCatalogue.BuiltIn, target => Assert.Equal(models.Count, Rendered(target.Id).Count));
    }

    [SkippableFact]
    public async Task Shell_curl_passes_bash_n()
    {
        var bash = Toolchain.Require("bash", "apt-get install bash");
        using var folder = new TempFolder();
        var (files, broken) = Write(folder, "shell-curl", sideBySide: true);

        // bash -n checks one script per call: one outer bash loops over them.
        var result = await ProcessRunner.RunAsync(bash, ["-c", "status=0; for f; do bash -n \"$f\" || status=1; done; exit $status", "check", .. files, broken]);

        AssertOnlyBrokenReported(result, files, broken);
    }

    [SkippableFact]
    public async Task Go_passes_gofmt_and_is_already_formatted()
    {
        var gofmt = GoTool.Gofmt;
        using var folder = new TempFolder();
        var (files, broken) = Write(folder, "go-nethttp", sideBySide: false);

        var result = await ProcessRunner.RunAsync(gofmt, ["-e", "-l", .. files, broken]);

        AssertOnlyBrokenReported(result, files, broken);
    }

    [SkippableFact]
    public async Task Java_compiles_without_warnings()
    {
        _ = JavaTool.Java;
        using var folder = new TempFolder();
        var (files, broken) = Write(folder, "java-httpclient", sideBySide: false);

        var result = await JavaTool.CompileEachAsync(folder.Path, [.. files, broken]);

        AssertOnlyBrokenReported(result, files, broken);
    }

    [SkippableFact]
    public async Task Node_fetch_and_axios_parse_as_es_modules()
    {
        var node = Toolchain.Require("node", "Node.js 20");
        using var folder = new TempFolder();
        var (fetch, broken) = Write(folder, "node-fetch", sideBySide: true);
        var (axios, _) = Write(folder, "node-axios", sideBySide: true);
        var script = folder.Write("check-modules.mjs", CheckerScripts.EsModules);

        // One process for all files (node --check takes one file and 0.1 s); the flag enables vm.SourceTextModule.
        var result = await ProcessRunner.RunAsync(node, ["--experimental-vm-modules", "--no-warnings", script, .. fetch, .. axios, broken]);

        AssertOnlyBrokenReported(result, [.. fetch, .. axios], broken);
    }

    [SkippableFact]
    public async Task Php_parses_with_the_php_tag_first()
    {
        var php = Toolchain.Require("php", "apt-get install php-cli");
        using var folder = new TempFolder();
        var (files, broken) = Write(folder, "php-curl", sideBySide: true);
        var script = folder.Write("check.php", CheckerScripts.Php);

        // php -l compiles one file per process; opcache_compile_file compiles (without running) each file in one.
        var result = await ProcessRunner.RunAsync(php, ["-d", "opcache.enable_cli=1", script, .. files, broken]);

        AssertOnlyBrokenReported(result, files, broken);
        Assert.All(Rendered("php-curl"), sample => Assert.StartsWith("<?php\n", sample.Text, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Python_requests_and_http_client_compile_without_warnings()
    {
        var python = Toolchain.Require("python3", "apt-get install python3");
        using var folder = new TempFolder();
        var (requests, broken) = Write(folder, "python-requests", sideBySide: true);
        var (httpClient, _) = Write(folder, "python-httpclient", sideBySide: true);

        // -W error makes a compile-time warning (an invalid escape sequence) an error.
        var result = await ProcessRunner.RunAsync(python, ["-W", "error", "-c", CheckerScripts.Python, .. requests, .. httpClient, broken]);

        AssertOnlyBrokenReported(result, [.. requests, .. httpClient], broken);
    }

    [SkippableFact]
    public async Task Ruby_compiles_without_warnings()
    {
        var ruby = Toolchain.Require("ruby", "apt-get install ruby");
        using var folder = new TempFolder();
        var (files, broken) = Write(folder, "ruby-nethttp", sideBySide: true);

        var result = await ProcessRunner.RunAsync(ruby, ["-w", "-e", RubySyntaxTests.CompileAll, .. files, broken]);

        AssertOnlyBrokenReported(result, files, broken);
    }

    [SkippableFact]
    public async Task Swift_parses_with_tree_sitter_swift()
    {
        var node = SwiftTool.Node;
        var modules = SwiftTool.NodeModules;
        using var folder = new TempFolder();
        var (files, broken) = Write(folder, "swift-urlsession", sideBySide: true);

        var result = await ProcessRunner.RunAsync(node, [SwiftTool.Script, modules, .. files, broken]);

        AssertOnlyBrokenReported(result, files, broken);
    }

    [SkippableFact]
    public async Task Objective_c_compiles_without_warnings()
    {
        using var folder = new TempFolder();
        var clang = await ObjectiveCTool.RequireAsync(folder.Path);
        var (files, broken) = Write(folder, "objc-nsurlsession", sideBySide: true);

        var result = await clang.SyntaxCheckAsync([.. files, broken]);

        AssertOnlyBrokenReported(result, files, broken);
    }

    [Fact]
    public void CSharp_httpclient_compiles_without_warnings()
    {
        var failures = Rendered("csharp-httpclient")
            .Select(sample => (sample, diagnostics: CSharpHttpClientSyntaxTests.Compile(sample.Text)))
            .Where(r => r.diagnostics.Length > 0)
            .Select(r => $"{r.sample}:\n{string.Join("\n", r.diagnostics)}")
            .ToArray();

        Assert.Empty(failures);
        Assert.NotEmpty(CSharpHttpClientSyntaxTests.Compile(Rendered("csharp-httpclient")[0].Text + Broken));
    }

    /// <summary>Parsed only: the generated client it calls is compiled from the description by the generator's own tests and by verify.</summary>
    [Fact]
    public void CSharp_client_parses()
    {
        var failures = Rendered("csharp-client")
            .Select(sample => (sample, errors: ParseErrors(sample.Text)))
            .Where(r => r.errors.Length > 0)
            .Select(r => $"{r.sample}:\n{string.Join("\n", r.errors)}")
            .ToArray();

        Assert.Empty(failures);
        Assert.NotEmpty(ParseErrors(Rendered("csharp-client")[0].Text + Broken));
    }

    private static readonly Dictionary<string, IReadOnlyList<RenderedSample>> RenderedByTarget = [];

    private static IReadOnlyList<RenderedSample> Rendered(string targetId)
    {
        lock (RenderedByTarget)
        {
            if (!RenderedByTarget.TryGetValue(targetId, out var samples))
            {
                samples = TestSamples.Render(HostileCorpus.ForTemplates.Description, Models.Value, targetId);
                RenderedByTarget[targetId] = samples;
            }

            return samples;
        }
    }

    /// <summary>Writes the target's samples and, beside them, its first sample with an unclosed parenthesis appended.</summary>
    private static (IReadOnlyList<string> Files, string Broken) Write(TempFolder folder, string targetId, bool sideBySide)
    {
        var samples = Rendered(targetId);
        var files = sideBySide ? TestSamples.WriteSideBySide(folder.Path, samples) : TestSamples.WriteEachInOwnFolder(folder.Path, samples);
        var broken = folder.Write(Path.Combine("broken", "broken-" + samples[0].Target.FileName), samples[0].Text + Broken);
        return (files, broken);
    }

    private static void AssertOnlyBrokenReported(ProcessResult result, IReadOnlyList<string> files, string broken)
    {
        var report = result.Output + result.Error;
        Assert.True(result.ExitCode != 0 && report.Contains(broken, StringComparison.Ordinal), "the broken file was not reported:\n" + result);
        var reported = files.Where(file => report.Contains(file, StringComparison.Ordinal)).ToArray();
        Assert.True(reported.Length == 0, $"{reported.Length} of {files.Count} files reported:\n{result}");
    }

    private static string[] ParseErrors(string text) => CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest))
        .GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToArray();
}
