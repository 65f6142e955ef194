using System.Diagnostics;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Tests.Validation;
using HookSnippets.Description.Text;
using HookSnippets.Tests.Shared;

namespace HookSnippets.Description.Tests.Mutation;

public class MutationTests
{
    private const int Inputs = 10_000;

    // Generous for 2 shared cores; a hang (or a pattern without its timeout) blows through it, a slow machine does not.
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(4);

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
    public async Task Ten_thousand_mutants_of_endpoints_json_never_throw_or_hang_and_always_locate_their_errors()
    {
        var text = RepositoryFiles.EndpointsJson;
        var problems = new List<string>();
        var current = "(none yet)";
        int valid = 0, invalid = 0;
        var slowest = (Time: TimeSpan.Zero, Recipe: string.Empty);

        var run = Task.Run(() =>
        {
            foreach (var mutant in MutationCorpus.Generate(text, Inputs))
            {
                Volatile.Write(ref current, mutant.Recipe);
                var watch = Stopwatch.StartNew();
                DescriptionResult result;
                try
                {
                    result = DescriptionReader.Read(mutant.Text, "endpoints.json");
                }
                catch (Exception exception)
                {
                    problems.Add(mutant.Recipe + ": threw " + exception.GetType().Name + ": " + exception.Message);
                    continue;
                }

                if (watch.Elapsed > slowest.Time)
                {
                    slowest = (watch.Elapsed, mutant.Recipe);
                }

                var problem = Check(mutant.Text, result);
                if (problem is not null)
                {
                    problems.Add(mutant.Recipe + ": " + problem);
                }
                else if (result.Description is null)
                {
                    invalid++;
                }
                else
                {
                    valid++;
                }
            }
        });

        var finished = await Task.WhenAny(run, Task.Delay(Budget)) == run;
        Assert.True(finished, $"Reading the mutants took longer than {Budget}; stuck at {Volatile.Read(ref current)}.");
        await run;
        Assert.Empty(problems.Take(20));
        Assert.Equal(Inputs, valid + invalid);

        // Both outcomes must be exercised, or the corpus is not testing what it claims.
        Assert.InRange(invalid, Inputs / 2, Inputs);
        Assert.InRange(valid, 1, Inputs / 2);
        Assert.True(slowest.Time < TimeSpan.FromSeconds(5), $"Slowest input {slowest.Recipe} took {slowest.Time}.");
    }

    /// <summary>Null when the result keeps the reader's contract for <paramref name="text"/>, else what is wrong.</summary>
    private static string? Check(string text, DescriptionResult result)
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
