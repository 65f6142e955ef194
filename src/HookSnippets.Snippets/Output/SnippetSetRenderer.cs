using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Model;
using HookSnippets.Snippets.Docs;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Output;

/// <summary>
/// The whole snippets folder rendered in memory, with the operations it holds, or the diagnostics that stopped it
/// (then <see cref="Files"/> is null and <see cref="Operations"/> empty).
/// </summary>
public sealed record RenderResult(
    RenderedFiles? Files,
    IReadOnlyList<RenderedOperation> Operations,
    EquatableArray<DiagnosticInfo> Diagnostics,
    IReadOnlyList<SnippetTarget> SkippedTargets);

/// <summary>
/// Renders every selected operation × example set × target, the docs pages and the manifest into memory. Nothing is
/// produced when any template or request fails, so a caller never writes part of a folder; a sample a target cannot
/// send exactly (HS3008, HS3009) is left out with a warning.
/// </summary>
public static class SnippetSetRenderer
{
    /// <exception cref="SelectionException">A target or operation in <paramref name="options"/> names nothing.</exception>
    public static RenderResult Render(ApiDescription api, string descriptionPath, TemplatePack pack, RenderOptions options)
    {
        var operations = SelectOperations(api, options.Operations);
        var (targets, missing) = SelectTargets(pack, options.Targets);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var target in missing)
        {
            diagnostics.Add(new DiagnosticInfo(
                DiagnosticIds.MissingTemplate,
                Severity.Error,
                $"target '{target.Id}' has no template: expected {target.TemplatePath} beside its target.json",
                "templates/" + target.TemplatePath,
                default));
        }

        IReadOnlyList<OperationModel> models;
        try
        {
            models = RequestModelBuilder.Build(api, options.BaseUrl);
        }
        catch (RequestModelException e)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticIds.UnbuildableRequest, Severity.Error, e.Message, descriptionPath, e.Span));
            return new RenderResult(null, [], diagnostics.ToEquatableArray(), []);
        }

        var renderer = new SnippetRenderer(pack);
        var apiFacts = new ApiFacts(api.Name, api.Title);
        var files = new RenderedFiles();
        var rendered = new List<RenderedOperation>();
        var byId = api.Operations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        var responseExample = options.ResponseExamples?.Invoke(api) ?? (static _ => null);
        foreach (var operation in models.Where(m => operations.Contains(m.Operation.Id)).GroupBy(m => m.Operation.Id, StringComparer.Ordinal))
        {
            var sets = new List<RenderedSet>();
            foreach (var model in operation)
            {
                var samples = new List<RenderedSample>();
                foreach (var target in targets)
                {
                    try
                    {
                        samples.Add(new RenderedSample(target, model.SampleFile(target), renderer.Render(target, model, apiFacts)));
                    }
                    catch (TemplateException e)
                    {
                        // A broken template fails the same way for every operation: report each distinct error once.
                        diagnostics.AddRange(e.Diagnostics.Where(d => !diagnostics.Contains(d)));
                    }
                    catch (SampleRefusedException e)
                    {
                        diagnostics.Add(new DiagnosticInfo(e.Id, Severity.Warning, e.Message, descriptionPath, e.Span));
                    }
                }

                foreach (var sample in samples)
                {
                    files.Add(sample.File, sample.Text);
                }

                sets.Add(new RenderedSet(model, samples));
            }

            var docsFile = operation.Key + ".md";
            var reference = ReferenceFactsBuilder.Build(api, byId[operation.Key], responseExample);
            files.Add(docsFile, DocsPage.Write(sets[0].Model.Operation, reference, sets.Select(r => (r.Model.Example, (IReadOnlyList<(SnippetTarget, string)>)r.Samples.Select(s => (s.Target, s.Text)).ToArray())).ToArray(), options.Flavor));
            rendered.Add(new RenderedOperation(docsFile, sets));
        }

        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new RenderResult(null, [], diagnostics.ToEquatableArray(), []);
        }

        foreach (var (file, text) in IndexPages.Write(apiFacts, api.Description, rendered.Select(r => r.Model.Operation).ToArray(), options.Flavor))
        {
            files.Add(file, text);
        }

        if (api.Types.Count > 0)
        {
            files.Add(TypesPage.FileName, TypesPage.Write(api, options.Flavor));
        }

        files.Add(SnippetFolder.ManifestName, Manifest.Write(rendered));
        return new RenderResult(files, rendered, diagnostics.ToEquatableArray(), options.Targets.Count == 0 ? pack.MissingTargets : []);
    }

    private static HashSet<string> SelectOperations(ApiDescription api, IReadOnlyList<string> selection)
    {
        var ids = api.Operations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in selection)
        {
            if (!ids.Contains(id))
            {
                throw new SelectionException($"unknown operation '{id}': the description has {string.Join(", ", api.Operations.Select(o => o.Id))}");
            }
        }

        return selection.Count == 0 ? ids : selection.ToHashSet(StringComparer.Ordinal);
    }

    private static (IReadOnlyList<SnippetTarget> Targets, IReadOnlyList<SnippetTarget> Missing) SelectTargets(TemplatePack pack, IReadOnlyList<string> selection)
    {
        if (selection.Count == 0)
        {
            return (pack.Targets, []);
        }

        var known = pack.Targets.Concat(pack.MissingTargets).ToArray();
        foreach (var name in selection)
        {
            if (!known.Any(t => t.Id == name || t.Language == name))
            {
                throw new SelectionException(
                    $"unknown target '{name}': use a target id ({string.Join(", ", known.Select(t => t.Id))}) or a language ({string.Join(", ", known.Select(t => t.Language).Distinct())})");
            }
        }

        // A language takes the targets of it that have templates; only a language with none, or an id, reports the gap.
        var targets = pack.Targets.Where(t => selection.Any(name => t.Id == name || t.Language == name)).ToArray();
        var missing = pack.MissingTargets
            .Where(t => selection.Any(name => t.Id == name || (t.Language == name && !targets.Any(s => s.Language == name))))
            .ToArray();
        return (targets, missing);
    }
}
