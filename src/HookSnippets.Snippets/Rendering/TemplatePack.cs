using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using HookSnippets.Description.Text;
using HookSnippets.Snippets.Targets;
using Scriban;

namespace HookSnippets.Snippets.Rendering;

/// <summary>
/// The templates <c>&lt;language&gt;/&lt;client&gt;.sbn</c> that exist: those embedded from the repository's
/// <c>templates/</c> folder, overridden or extended by a <c>--templates</c> folder. Each is parsed once, on first use.
/// </summary>
public sealed partial class TemplatePack
{
    private const string ResourcePrefix = "templates/";

    private static readonly Lazy<TemplatePack> EmbeddedPack = new(() => new TemplatePack(ReadEmbedded()));

    private readonly IReadOnlyDictionary<string, TemplateSource> _sources;
    private readonly ConcurrentDictionary<string, Lazy<Template>> _parsed = new(StringComparer.Ordinal);

    private TemplatePack(IReadOnlyDictionary<string, TemplateSource> sources)
    {
        _sources = sources;
        var added = sources.Keys
            .Where(path => !TargetCatalogue.BuiltIn.Any(t => t.TemplatePath == path))
            .Order(StringComparer.Ordinal)
            .Select(path => TargetCatalogue.For(path[..path.IndexOf('/')], path[(path.IndexOf('/') + 1)..^".sbn".Length]));
        Targets = TargetCatalogue.BuiltIn.Where(t => sources.ContainsKey(t.TemplatePath)).Concat(added).ToArray();
        MissingTargets = TargetCatalogue.BuiltIn.Where(t => !sources.ContainsKey(t.TemplatePath)).ToArray();
    }

    /// <summary>The templates shipped inside the tool.</summary>
    public static TemplatePack Embedded => EmbeddedPack.Value;

    /// <summary>Targets that have a template: the shipped order first, then added ones by id.</summary>
    public IReadOnlyList<SnippetTarget> Targets { get; }

    /// <summary>Catalogue targets that have no template in this pack.</summary>
    public IReadOnlyList<SnippetTarget> MissingTargets { get; }

    /// <summary>The embedded templates, each replaced or joined by <c>directory/&lt;language&gt;/&lt;client&gt;.sbn</c>.</summary>
    /// <exception cref="TemplatePackException">The folder is missing or holds a template with an unusable name.</exception>
    public static TemplatePack WithOverrides(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new TemplatePackException($"the templates folder '{directory}' does not exist");
        }

        var sources = new Dictionary<string, TemplateSource>(ReadEmbedded(), StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.sbn", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace('\\', '/');
            var parts = relative[..^".sbn".Length].Split('/');
            if (parts.Length != 2 || !NamePattern().IsMatch(parts[0]) || !NamePattern().IsMatch(parts[1]))
            {
                throw new TemplatePackException(
                    $"the template '{file}' is not named <language>/<client>.sbn with lower-case letters and digits (as in shell/curl.sbn)");
            }

            sources[relative] = new TemplateSource(Path.Combine(directory, parts[0], parts[1] + ".sbn"), File.ReadAllText(file));
        }

        return new TemplatePack(sources);
    }

    /// <summary>A pack of exactly these templates, keyed <c>&lt;language&gt;/&lt;client&gt;.sbn</c> (tests build packs with gaps).</summary>
    internal static TemplatePack FromSources(IReadOnlyDictionary<string, TemplateSource> sources) => new(sources);

    public TemplateSource? Find(SnippetTarget target) => _sources.GetValueOrDefault(target.TemplatePath);

    /// <exception cref="TemplateException">The template does not parse.</exception>
    internal Template GetTemplate(SnippetTarget target)
    {
        // The look-up alone on the hot path: GetOrAdd's factory would allocate its closure on every render.
        if (!_parsed.TryGetValue(target.TemplatePath, out var parsed))
        {
            var found = Find(target) ?? throw new InvalidOperationException($"no template for {target.Id}");
            parsed = _parsed.GetOrAdd(target.TemplatePath, _ => new Lazy<Template>(() => Template.Parse(found.Text, found.Path)));
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

    private static Dictionary<string, TemplateSource> ReadEmbedded()
    {
        var assembly = typeof(TemplatePack).Assembly;
        var sources = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild's RecursiveDir uses the building machine's separator.
            var path = name.Replace('\\', '/');
            if (path.StartsWith(ResourcePrefix, StringComparison.Ordinal) && path.EndsWith(".sbn", StringComparison.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                sources[path[ResourcePrefix.Length..]] = new TemplateSource(path, reader.ReadToEnd());
            }
        }

        return sources;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*$")]
    private static partial Regex NamePattern();
}

/// <summary>A <c>--templates</c> folder that cannot be used.</summary>
public sealed class TemplatePackException(string message) : Exception(message);
