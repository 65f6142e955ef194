using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Tests.Samples;

namespace HookSnippets.Snippets.Tests.Targets;

/// <summary>
/// Every shipped target's samples of the shipped, hostile and edge-case descriptions pass the syntax check of the
/// runner its target.json names (the language's own checker, warnings counting: gofmt and go vet, javac -Xlint:all
/// -Werror, clang -Wall, Roslyn with nullable warnings, python -W error, ruby -w, php's compiler, node's module parser,
/// bash -n, tree-sitter-swift), one checker batch per runner for the three descriptions together, so each checker
/// starts once. A new target is covered by its folder alone.
/// </summary>
public sealed class TargetSyntaxTests
{
    [SkippableFact]
    public async Task Every_target_passes_its_languages_own_check_without_warnings()
    {
        string[] descriptions = [TestSamples.Shipped, TestSamples.Hostile, TestSamples.EdgeCases];
        // A sample a target declares it cannot send (HS3008, HS3009) is not written, so there is nothing to check.
        // Each description's samples keep their own folders (the same operation ids appear in several).
        var samples = descriptions
            .SelectMany((description, index) => TestSamples.Targets
                .SelectMany(t => TestSamples.RenderWritten(description, t.Id))
                .Select(s => (Description: description, Sample: s.ToSample() with { DescriptionIndex = index })))
            .ToArray();
        Assert.All(descriptions, d => Assert.Contains(samples, s => s.Description == d));
        using var batches = RunnerBatches.Create();
        var context = batches.Context(RepositoryRoot.File(TestSamples.Shipped), TestSamples.Read(TestSamples.Shipped).Name);
        var failures = new List<string>();

        foreach (var (runner, batch) in batches.ByRunner(samples.Select(s => s.Sample), context))
        {
            var problems = await runner.CheckSyntaxAsync(batch, context, CancellationToken.None);
            Assert.Equal(batch.Length, problems.Count);
            failures.AddRange(batch.Zip(problems).Where(p => p.Second is not null)
                .Select(p => $"{descriptions[p.First.DescriptionIndex]}: {p.First.Name} ({runner.Name}):\n{p.Second}\n--- sample ---\n{p.First.Text}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        batches.SkipIfMissing();
    }
}
