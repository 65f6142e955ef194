using System.Diagnostics;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Generator.Diagnostics;
using HookSnippets.Generator.Emitter;
using HookSnippets.Generator.Pipeline;
using HookSnippets.Generator.Tests.Infrastructure;
using HookSnippets.Tests.Shared;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace HookSnippets.Generator.Tests;

/// <summary>Whatever the description holds, the generator reports diagnostics and never crashes the compiler (CS8785).</summary>
public sealed class NeverThrowsTests(ITestOutputHelper output)
{
    private const int CorpusSize = 10_000;

    [Fact]
    public void Every_mutated_description_goes_through_one_driver_without_exception_or_CS8785()
    {
        var original = GeneratorRunner.ReadEndpointsJson();
        AdditionalText current = new InMemoryAdditionalText("endpoints.json", original);
        var compilation = GeneratorRunner.Compilation();
        var driver = GeneratorRunner.CreateDriver([current], trackSteps: false).RunGenerators(compilation);
        var withErrors = 0;
        var stopwatch = Stopwatch.StartNew();

        var count = 0;
        foreach (var (index, recipe, text) in MutationCorpus.Generate(original, CorpusSize))
        {
            var next = new InMemoryAdditionalText("endpoints.json", text);
            driver = driver.ReplaceAdditionalText(current, next).RunGenerators(compilation);
            current = next;

            var result = driver.GetRunResult();
            var generatorResult = result.Results.Single();
            Assert.True(generatorResult.Exception is null, $"{recipe}: {generatorResult.Exception}");
            Assert.False(result.Diagnostics.Any(d => d.Id is "CS8785" or "HS2002"), $"{recipe}: {string.Join("; ", result.Diagnostics)}");
            if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                withErrors++;
                Assert.All(
                    result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error),
                    d => Assert.True(d.Location.IsInSource || d.Location.Kind == LocationKind.ExternalFile, $"{recipe}: {d} has no location"));
                Assert.All(generatorResult.GeneratedSources, s => Assert.Equal(RuntimeEmitter.HintName, s.HintName));
            }

            count++;
        }

        Assert.Equal(CorpusSize, count);
        output.WriteLine($"{CorpusSize} inputs, {withErrors} with errors, {stopwatch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void An_unexpected_exception_in_a_step_becomes_HS2002_with_type_and_message_but_no_stack()
    {
        var info = StepGuard.Run<DiagnosticInfo?>(
            "/project/endpoints.json",
            "reading the description",
            () => throw new InvalidOperationException("boom"),
            problem => problem,
            CancellationToken.None);

        Assert.NotNull(info);
        Assert.Equal("HS2002", info.Id);
        Assert.Equal(Severity.Error, info.Severity);
        Assert.Equal("The HookSnippets generator failed while reading the description: System.InvalidOperationException: boom", info.Message);
        Assert.Equal("/project/endpoints.json", info.FilePath);
        Assert.Equal(GeneratorDiagnostics.FileStart, info.Span);
    }

    [Fact]
    public void A_file_that_throws_when_read_reports_HS2002_on_that_file_instead_of_CS8785()
    {
        var result = GeneratorRunner.Run([new UnreadableText("/project/endpoints.json")]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("HS2002", diagnostic.Id);
        Assert.Equal(
            "The HookSnippets generator failed while selecting the description files: System.IO.IOException: disk gone",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/project/endpoints.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Null(result.Results.Single().Exception);
        Assert.Equal(["HookSnippets-Runtime.g.cs"], result.Results.Single().GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void A_file_without_text_reports_HS2005()
    {
        var result = GeneratorRunner.Run([new UnreadableText("/project/endpoints.json", withException: false)]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("HS2005", diagnostic.Id);
        Assert.Equal("/project/endpoints.json", diagnostic.Location.GetLineSpan().Path);
    }

    [Fact]
    public void Cancellation_is_not_swallowed_by_the_guard()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() => StepGuard.Run(
            "endpoints.json",
            "reading the description",
            () =>
            {
                cancelled.Token.ThrowIfCancellationRequested();
                return 0;
            },
            _ => 1,
            cancelled.Token));
    }

    /// <summary>An additional file the compiler cannot read (it returns null) or whose read throws.</summary>
    private sealed class UnreadableText(string path, bool withException = true) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText? GetText(CancellationToken cancellationToken = default) =>
            withException ? throw new IOException("disk gone") : null;
    }
}
