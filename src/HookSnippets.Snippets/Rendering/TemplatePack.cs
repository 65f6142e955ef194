using System.Collections.Concurrent;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Snippets.Targets;
using Scriban;

namespace HookSnippets.Snippets.Rendering;

/// <summary>
/// The targets that exist and their templates: one folder <c>&lt;language&gt;/&lt;client&gt;/</c> per target, holding
/// <c>target.json</c> and <c>&lt;client&gt;.sbn</c>, embedded from the repository's <c>templates/</c> folder and
/// overridden or extended by a <c>--templates</c> folder (<see cref="TemplatePackFolder"/>). Targets are listed by their
/// <c>order</c>, then by id. Each template is parsed once, on first use.
/// </summary>
public sealed class TemplatePack
{
    private static readonly Lazy<TemplatePack> EmbeddedPack = new(() => Create(TemplatePackFolder.ReadEmbedded(), [], EquatableArray<DiagnosticInfo>.Empty));

    private readonly IReadOnlyDictionary<string, TemplateSource> _templates;
    private readonly ConcurrentDictionary<string, Lazy<Template>> _parsed = new(StringComparer.Ordinal);

    private TemplatePack(IReadOnlyList<SnippetTarget> targets, IReadOnlyDictionary<string, TemplateSource> templates, EquatableArray<DiagnosticInfo> warnings)
    {
        _templates = templates;
        var ordered = targets.OrderBy(t => t.Order ?? int.MaxValue).ThenBy(t => t.Id, StringComparer.Ordinal).ToArray();
        Targets = ordered.Where(t => templates.ContainsKey(t.Id)).ToArray();
        MissingTargets = ordered.Where(t => !templates.ContainsKey(t.Id)).ToArray();
        Warnings = warnings;
    }

    /// <summary>The targets and templates shipped inside the tool.</summary>
    /// <exception cref="TemplatePackException">A shipped target.json is invalid (a build of the tool that no test passed).</exception>
    public static TemplatePack Embedded => EmbeddedPack.Value;

    /// <summary>Targets that have a template, in docs order.</summary>
    public IReadOnlyList<SnippetTarget> Targets { get; }

    /// <summary>Targets whose folder holds a target.json but no template.</summary>
    public IReadOnlyList<SnippetTarget> MissingTargets { get; }

    /// <summary>What loading the pack found worth saying without refusing it (HS3005: a template in the old layout).</summary>
    public EquatableArray<DiagnosticInfo> Warnings { get; }

    /// <summary>The embedded pack with the targets of <paramref name="directory"/> replacing or joining its own.</summary>
    /// <exception cref="TemplatePackException">The folder is missing, holds a template with an unusable name, or a target.json with errors.</exception>
    public static TemplatePack WithOverrides(string directory)
    {
        var folder = TemplatePackFolder.Read(directory);
        return Create(TemplatePackFolder.ReadEmbedded(), folder.Targets, folder.Warnings);
    }

    /// <summary>A pack of exactly these targets, each with or without its template (tests build packs with gaps).</summary>
    internal static TemplatePack Of(IEnumerable<(SnippetTarget Target, TemplateSource? Template)> targets)
    {
        var list = targets.ToArray();
        return new TemplatePack(
            list.Select(t => t.Target).ToArray(),
            list.Where(t => t.Template is not null).ToDictionary(t => t.Target.Id, t => t.Template!, StringComparer.Ordinal),
            EquatableArray<DiagnosticInfo>.Empty);
    }

    public TemplateSource? Find(SnippetTarget target) => _templates.GetValueOrDefault(target.Id);

    /// <exception cref="TemplateException">The template does not parse.</exception>
    internal Template GetTemplate(SnippetTarget target)
    {
        // The look-up alone on the hot path: GetOrAdd's factory would allocate its closure on every render.
        if (!_parsed.TryGetValue(target.Id, out var parsed))
        {
            var found = Find(target) ?? throw new InvalidOperationException($"no template for {target.Id}");
            parsed = _parsed.GetOrAdd(target.Id, _ => new Lazy<Template>(() => Template.Parse(found.Text, found.Path)));
        }

        var template = parsed.Value;
        if (template.HasErrors)
        {
            var source = Find(target)!;
            throw new TemplateException(template.Messages
                .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
                .Select(m => TemplateDiagnostics.Create(source.Path, m.Span, m.Message))
                .ToEquatableArray());
        }

        return template;
    }

    /// <summary>
    /// The shipped targets, then each folder target of a <c>--templates</c> pack in place of the shipped one of its id
    /// or beside them. A folder target without target.json takes its facts from the shipped target of its id, else from
    /// the first shipped target of its language (<see cref="SnippetTarget.ForClient"/>), else from its names alone.
    /// </summary>
    private static TemplatePack Create(IReadOnlyList<FolderTarget> shipped, IReadOnlyList<FolderTarget> added, EquatableArray<DiagnosticInfo> warnings)
    {
        var errors = new List<DiagnosticInfo>();
        var targets = new Dictionary<string, SnippetTarget>(StringComparer.Ordinal);
        var templates = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        foreach (var folder in shipped)
        {
            if (folder.TargetFile is null)
            {
                errors.Add(new DiagnosticInfo(DiagnosticIds.InvalidTargetFile, Severity.Error, "a shipped target needs its target.json", folder.Template!.Path, default));
                continue;
            }

            Add(folder, Read(folder, errors));
        }

        var languageDefaults = targets.Values
            .OrderBy(t => t.Order ?? int.MaxValue).ThenBy(t => t.Id, StringComparer.Ordinal)
            .GroupBy(t => t.Language, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var shippedTargets = new Dictionary<string, SnippetTarget>(targets, StringComparer.Ordinal);
        foreach (var folder in added)
        {
            var target = folder.TargetFile is not null
                ? Read(folder, errors)
                : shippedTargets.GetValueOrDefault(folder.Id)
                    ?? languageDefaults.GetValueOrDefault(folder.Language)?.ForClient(folder.Client)
                    ?? SnippetTarget.Unknown(folder.Language, folder.Client);
            Add(folder, target);
        }

        if (errors.Count > 0)
        {
            throw new TemplatePackException(errors.ToEquatableArray());
        }

        return new TemplatePack(targets.Values.ToArray(), templates, warnings);

        void Add(FolderTarget folder, SnippetTarget? target)
        {
            if (target is not null)
            {
                targets[folder.Id] = target;
            }

            if (folder.Template is not null)
            {
                templates[folder.Id] = folder.Template;
            }
        }
    }

    private static SnippetTarget? Read(FolderTarget folder, List<DiagnosticInfo> errors)
    {
        var (target, diagnostics) = TargetFileReader.Read(folder.TargetFile!.Text, folder.TargetFile.Path, folder.Language, folder.Client);
        errors.AddRange(diagnostics.Where(d => d.Severity == Severity.Error));
        return target;
    }
}

/// <summary>A <c>--templates</c> folder that cannot be used: a message, or the located errors of its target.json files.</summary>
public sealed class TemplatePackException : Exception
{
    public TemplatePackException(string message)
        : base(message)
    {
        Diagnostics = EquatableArray<DiagnosticInfo>.Empty;
    }

    public TemplatePackException(EquatableArray<DiagnosticInfo> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics))
    {
        Diagnostics = diagnostics;
    }

    public EquatableArray<DiagnosticInfo> Diagnostics { get; }
}
