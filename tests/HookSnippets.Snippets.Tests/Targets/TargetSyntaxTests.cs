using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Tests.Samples;

namespace HookSnippets.Snippets.Tests.Targets;

/// <summary>
/// Every shipped target's samples of one description pass the syntax check of the runner its target.json names (the
/// language's own checker, warnings counting: gofmt and go vet, javac -Xlint:all -Werror, clang -Wall, Roslyn with
/// nullable warnings, python -W error, ruby -w, php's compiler, node's module parser, bash -n, tree-sitter-swift),
/// one checker process per runner. A new target is covered by its folder alone.
/// </summary>
public abstract class TargetSyntaxTests(string description)
{
    [SkippableFact]
    public async Task Every_target_passes_its_languages_own_check_without_warnings()
    {
        var api = TestSamples.Read(description);
        // A sample a target declares it cannot send (HS3008, HS3009) is not written, so there is nothing to check.
        var samples = TestSamples.Targets.SelectMany(t => TestSamples.RenderWritten(description, t.Id)).Select(s => s.ToSample()).ToArray();
        using var batches = RunnerBatches.Create();
        var context = batches.Context(RepositoryRoot.File(description), api.Name);
        var failures = new List<string>();

        foreach (var (runner, batch) in batches.ByRunner(samples, context))
        {
            var problems = await runner.CheckSyntaxAsync(batch, context, CancellationToken.None);
            Assert.Equal(batch.Length, problems.Count);
            failures.AddRange(batch.Zip(problems).Where(p => p.Second is not null).Select(p => $"{p.First.Name} ({runner.Name}):\n{p.Second}\n--- sample ---\n{p.First.Text}"));
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        batches.SkipIfMissing();
    }
}

public sealed class ShippedSyntaxTests() : TargetSyntaxTests(TestSamples.Shipped);

public sealed class HostileFixtureSyntaxTests() : TargetSyntaxTests(TestSamples.Hostile);

public sealed class EdgeCaseSyntaxTests() : TargetSyntaxTests(TestSamples.EdgeCases);
