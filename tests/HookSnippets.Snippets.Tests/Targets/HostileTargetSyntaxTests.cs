using HookSnippets.Description.Json;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Tests.Hostile;
using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Verification;

namespace HookSnippets.Snippets.Tests.Targets;

/// <summary>
/// Every string of the hostile corpus, as secret name, secret value, hook id and query value
/// (<see cref="HostileCorpus"/>), rendered by every shipped target and checked by its runner's syntax check, one
/// checker process per runner. Each batch also holds, per target, its first sample with an unclosed parenthesis
/// appended: it must be the only file the checker reports, so a checker that ignores its input or stops at the first
/// file cannot pass.
/// </summary>
public sealed class HostileTargetSyntaxTests
{
    private const string Broken = "\n(\n";

    private static readonly Lazy<IReadOnlyList<OperationModel>> Models = new(() => RequestModelBuilder.Build(HostileCorpus.ForTemplates.Description));

    [Fact]
    public void Every_string_takes_every_role_and_every_target_renders_it()
    {
        var corpus = HostileCorpus.Strings;
        var models = Models.Value;
        var secrets = models.Where(m => m.Request.Body is not null).SelectMany(m => ((JsonObject)m.Request.Body!.Json!).Members).ToArray();
        var gets = models.Where(m => m.Request.Method == "GET").ToArray();

        Assert.True(corpus.Count >= 200, $"{corpus.Count} strings");
        Assert.Equal(corpus, secrets.Select(s => s.Name));
        Assert.Equal(corpus.Order(StringComparer.Ordinal), secrets.Select(s => ((JsonString)s.Value).Value).Order(StringComparer.Ordinal));
        Assert.Equal(corpus.Select(UrlEncoding.Encode), gets.SelectMany(m => m.Request.Query).Select(q => q.Value));
        Assert.Equal(
            HostileCorpus.ForTemplates.PathValues.Select(v => "/" + UrlEncoding.Encode(v)),
            gets.SelectMany(m => m.Request.Path["/api/v2/hooks".Length..].Split('/').Skip(1)).Select(segment => "/" + segment));
        Assert.All(HostileCorpus.NotPathSegments, s => Assert.DoesNotContain(s, HostileCorpus.ForTemplates.PathValues));
        Assert.Equal(TemplatePack.Embedded.Targets.Count, TestSamples.Targets.Count);
        // A target writes every request, or declares with HS3008 that its client cannot send one exactly (java-unirest:
        // a path its client would decode); the declared ones are left out of the syntax check, never written changed.
        Assert.All(TestSamples.Targets, target => Assert.Equal(models.Count, Rendered(target.Id).Count + Refused(target.Id).Count));
        Assert.All(TestSamples.Targets, target => Assert.All(Refused(target.Id), refusal => Assert.Equal("HS3008", refusal.Id)));
    }

    [SkippableFact]
    public async Task Every_target_passes_its_languages_own_check_and_only_the_broken_file_is_reported()
    {
        var samples = TestSamples.Targets
            .SelectMany(target =>
            {
                var rendered = Rendered(target.Id).Select(s => s.ToSample()).ToArray();
                return rendered.Append(rendered[0] with { OperationId = "broken", Text = rendered[0].Text + Broken });
            })
            .ToArray();
        using var batches = RunnerBatches.Create();
        var context = batches.Context(Path.Combine(Path.GetTempPath(), "hostile-corpus.endpoints.json"), HostileCorpus.ForTemplates.Description.Name);
        var failures = new List<string>();

        foreach (var (runner, batch) in batches.ByRunner(samples, context))
        {
            var problems = await runner.CheckSyntaxAsync(batch, context, CancellationToken.None);
            foreach (var (sample, problem) in batch.Zip(problems))
            {
                if (sample.OperationId == "broken" && problem is null)
                {
                    failures.Add($"{runner.Name} did not report the broken {sample.Target.Id} file");
                }
                else if (sample.OperationId != "broken" && problem is not null)
                {
                    failures.Add($"{sample.Name} ({runner.Name}):\n{problem}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        batches.SkipIfMissing();
    }

    private static readonly Dictionary<string, (IReadOnlyList<RenderedSample> Written, IReadOnlyList<SampleRefusedException> Refused)> RenderedByTarget = [];

    private static IReadOnlyList<RenderedSample> Rendered(string targetId) => RenderedAndRefused(targetId).Written;

    private static IReadOnlyList<SampleRefusedException> Refused(string targetId) => RenderedAndRefused(targetId).Refused;

    private static (IReadOnlyList<RenderedSample> Written, IReadOnlyList<SampleRefusedException> Refused) RenderedAndRefused(string targetId)
    {
        lock (RenderedByTarget)
        {
            if (!RenderedByTarget.TryGetValue(targetId, out var samples))
            {
                var api = HostileCorpus.ForTemplates.Description;
                var target = TestSamples.Targets.Single(t => t.Id == targetId);
                var written = new List<RenderedSample>();
                var refused = new List<SampleRefusedException>();
                foreach (var model in Models.Value)
                {
                    try
                    {
                        written.Add(TestSamples.Render(api, [model], targetId)[0]);
                    }
                    catch (SampleRefusedException refusal)
                    {
                        refused.Add(refusal);
                    }
                }

                Assert.NotEmpty(written);
                samples = (written, refused);
                RenderedByTarget[targetId] = samples;
            }

            return samples;
        }
    }
}
