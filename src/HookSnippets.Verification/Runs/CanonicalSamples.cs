using HookSnippets.Description.Model;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification.Runs;

/// <summary>
/// A description's samples as <c>render</c> writes them (its own base URL), each hashed with its expected request and
/// its answer (<see cref="SampleFingerprint.HashSample"/>), by report row (<see cref="Sample.Row"/>) and target. A
/// sample whose template fails or that the target cannot send has no hash: it is always run.
/// </summary>
internal static class CanonicalSamples
{
    /// <exception cref="RequestModelException">An operation's expected request cannot be built.</exception>
    public static Dictionary<(string Row, string Target), string> Hash(ApiDescription api, IReadOnlyList<SnippetTarget> targets, TemplatePack pack, ISet<string>? operations = null)
    {
        var renderer = new SnippetRenderer(pack);
        var facts = new ApiFacts(api.Name, api.Title);
        var hashes = new Dictionary<(string, string), string>();
        var byId = api.Operations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        foreach (var model in RequestModelBuilder.Build(api).Where(m => operations is null || operations.Contains(m.Operation.Id)))
        {
            var answer = SuccessResponses.For(api, byId[model.Operation.Id]);
            foreach (var target in targets)
            {
                try
                {
                    hashes[(Sample.RowOf(model.Operation.Id, model.Example.Suffix), target.Id)] = SampleFingerprint.HashSample(target.Id, renderer.Render(target, model, facts), model.Expected, answer);
                }
                catch (Exception e) when (e is TemplateException or SampleRefusedException)
                {
                    // Reported when the sample itself is rendered for the run.
                }
            }
        }

        return hashes;
    }
}
