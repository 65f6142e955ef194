using System.Diagnostics;
using System.Text;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Tests.Validation;
using HookSnippets.Description.Text;
using SourceText = Microsoft.CodeAnalysis.Text.SourceText;
using Xunit.Abstractions;

namespace HookSnippets.Description.Tests.Mutation;

/// <summary>
/// Mutants of the checked-in descriptions go through every stage: <c>validate</c>, the client shape, <c>render</c> in
/// every target and the source generator. Nothing may throw; the generator reports exactly <c>validate</c>'s errors;
/// and a mutant that validates gets every sample and a client method for every operation, without an error. The
/// generated client is also compiled for every <see cref="CompileEvery"/>th valid mutant (seconds each).
/// </summary>
public class MutationTests(ITestOutputHelper output)
{
    private const int Inputs = 10_000;

    private const int FixtureInputs = 1_000;

    private const int CompileEvery = 50;

    // A hang is one mutant that never finishes; a loaded machine only makes every mutant slower, so the watchdog
    // bounds the time of one mutant (seconds each at worst), never the whole run.
    private static readonly TimeSpan Stall = TimeSpan.FromMinutes(1);

    [Fact]
    public void The_corpus_is_deterministic_and_really_mutated()
    {
        var text = RepositoryFiles.EndpointsJson;
        var first = MutationCorpus.Generate(text, 200).ToList();
        var second = MutationCorpus.Generate(text, 200).ToList();

        Assert.Equal(first, second);
        Assert.Equal(0, first.Count(mutant => mutant.Text == text));
        Assert.InRange(first.Select(m => m.Text).Distinct().Count(), 198, 200);
        Assert.NotEqual(first, MutationCorpus.Generate(text, 200, seed: 7).ToList());
        foreach (var edit in new[] { "delete-char", "duplicate-char", "swap-char", "delete-token", "duplicate-token", "swap-token" })
        {
            Assert.Contains(first, m => m.Recipe.Contains(edit + "@", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Ten_thousand_mutants_of_endpoints_json_go_through_every_stage_and_the_stages_agree()
    {
        var (valid, invalid) = await RunAsync(RepositoryFiles.EndpointsJson, Inputs);

        // Both outcomes must be exercised, or the corpus is not testing what it claims.
        Assert.InRange(invalid, Inputs / 2, Inputs);
        Assert.InRange(valid, 1, Inputs / 2);
    }

    [Theory]
    [InlineData("tests/fixtures/hostile.endpoints.json")]
    [InlineData("tests/fixtures/edge-cases.endpoints.json")]
    public async Task Mutants_of_the_hostile_and_edge_case_descriptions_go_through_every_stage_and_the_stages_agree(string file)
    {
        var (valid, invalid) = await RunAsync(File.ReadAllText(RepositoryRoot.File(file)), FixtureInputs);

        Assert.True(valid > 0 && invalid > 0, $"{valid} valid, {invalid} invalid: the mutants should reach both outcomes");
    }

    private async Task<(int Valid, int Invalid)> RunAsync(string text, int count)
    {
        var problems = new List<string>();
        var current = "(none yet)";
        var started = 0;
        int valid = 0, invalid = 0, compiled = 0;
        var slowest = (Time: TimeSpan.Zero, Recipe: string.Empty);
        var total = Stopwatch.StartNew();

        var run = Task.Run(() =>
        {
            foreach (var mutant in MutationCorpus.Generate(text, count))
            {
                Volatile.Write(ref current, mutant.Recipe);
                Interlocked.Increment(ref started);
                var compile = false;
                var watch = Stopwatch.StartNew();
                // The file's bytes, read as the CLI reads them and decoded as the compiler decodes them for the
                // generator; a mutant that split a surrogate pair holds U+FFFD there.
                var bytes = Encoding.UTF8.GetBytes(mutant.Text);
                DescriptionResult result;
                try
                {
                    result = DescriptionReader.Read(bytes, Stages.FilePath);
                }
                catch (Exception exception)
                {
                    problems.Add(mutant.Recipe + ": the reader threw " + exception);
                    continue;
                }

                if (watch.Elapsed > slowest.Time)
                {
                    slowest = (watch.Elapsed, mutant.Recipe);
                }

                if (ReaderContract(mutant.Text, result) is { } broken)
                {
                    problems.Add(mutant.Recipe + ": " + broken);
                    continue;
                }

                if (result.Description is null)
                {
                    invalid++;
                }
                else
                {
                    valid++;
                    compile = valid % CompileEvery == 1;
                    compiled += compile ? 1 : 0;
                }

                problems.AddRange(Stages.Run(result, SourceText.From(new MemoryStream(bytes), Encoding.UTF8), compile).Select(p => mutant.Recipe + ": " + p));
            }
        });

        var seen = -1;
        while (await Task.WhenAny(run, Task.Delay(Stall)) != run)
        {
            var now = Volatile.Read(ref started);
            Assert.True(now != seen, $"One mutant ran longer than {Stall}: stuck at {Volatile.Read(ref current)}.");
            seen = now;
        }

        await run;
        output.WriteLine($"{count} mutants: {valid} valid, {invalid} invalid, {compiled} clients compiled, {total.Elapsed.TotalSeconds:F1} s; slowest read {slowest.Time.TotalMilliseconds:F0} ms ({slowest.Recipe})");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));
        Assert.Equal(count, valid + invalid);
        Assert.True(slowest.Time < TimeSpan.FromSeconds(5), $"Slowest input {slowest.Recipe} took {slowest.Time}.");
        return (valid, invalid);
    }

    /// <summary>Null when the result keeps the reader's contract for <paramref name="text"/>, else what is wrong.</summary>
    private static string? ReaderContract(string text, DescriptionResult result)
    {
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        if (result.Description is null && errors == 0)
        {
            return "no description and no error";
        }

        if (result.Description is not null && errors > 0)
        {
            return "a description despite " + errors + " errors";
        }

        var lines = new LineMap(text);
        foreach (var diagnostic in result.Diagnostics)
        {
            var span = diagnostic.Span;
            if (span.Start < 0 || span.Length < 0 || span.End > text.Length)
            {
                return $"span {span.Start}+{span.Length} outside the text of {text.Length} characters: {diagnostic}";
            }

            if (lines.GetPosition(span.Start) != new LinePosition(span.StartLine, span.StartColumn)
                || lines.GetPosition(span.End) != new LinePosition(span.EndLine, span.EndColumn))
            {
                return $"line/column of span {span.Start}+{span.Length} disagree with the text: {diagnostic}";
            }

            if (string.IsNullOrWhiteSpace(diagnostic.Message) || !diagnostic.Id.StartsWith("HS1", StringComparison.Ordinal))
            {
                return "an empty message or a foreign code: " + diagnostic;
            }
        }

        return null;
    }
}
