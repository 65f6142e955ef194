using System.Text.RegularExpressions;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;

namespace HookSnippets.Snippets.Rendering;

/// <summary>The files of one target folder: its template and its target.json, either of which a pack may lack.</summary>
internal sealed record FolderTarget(string Language, string Client, TemplateSource? Template, TemplateSource? TargetFile)
{
    public string Id => Language + "-" + Client;
}

/// <summary>
/// Finds the target folders of a pack: <c>&lt;language&gt;/&lt;client&gt;/&lt;client&gt;.sbn</c> and
/// <c>&lt;language&gt;/&lt;client&gt;/target.json</c>. A <c>--templates</c> folder may still hold templates in the old
/// layout <c>&lt;language&gt;/&lt;client&gt;.sbn</c>: each is read as a folder target without target.json, with an HS3005
/// warning at the file. Other files (a README, the schema) are ignored.
/// </summary>
internal static partial class TemplatePackFolder
{
    public const string TargetFileName = "target.json";

    private const string ResourcePrefix = "templates/";

    public static IReadOnlyList<FolderTarget> ReadEmbedded()
    {
        var assembly = typeof(TemplatePack).Assembly;
        var files = new List<(string Relative, TemplateSource Source)>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild's RecursiveDir uses the building machine's separator.
            var path = name.Replace('\\', '/');
            if (path.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                files.Add((path[ResourcePrefix.Length..], new TemplateSource(path, reader.ReadToEnd())));
            }
        }

        var (targets, _) = Group(files);
        return targets;
    }

    /// <exception cref="TemplatePackException">The folder is missing or holds a template with an unusable name.</exception>
    public static (IReadOnlyList<FolderTarget> Targets, EquatableArray<DiagnosticInfo> Warnings) Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new TemplatePackException($"the templates folder '{directory}' does not exist");
        }

        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(file => (Relative: Path.GetRelativePath(directory, file).Replace('\\', '/'), File: file))
            .Where(f => f.Relative.EndsWith(".sbn", StringComparison.Ordinal) || f.Relative.EndsWith("/" + TargetFileName, StringComparison.Ordinal))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => (f.Relative, new TemplateSource(Path.Combine(directory, f.Relative), File.ReadAllText(f.File))))
            .ToArray();
        return Group(files);
    }

    private static (IReadOnlyList<FolderTarget> Targets, EquatableArray<DiagnosticInfo> Warnings) Group(IReadOnlyList<(string Relative, TemplateSource Source)> files)
    {
        var targets = new SortedDictionary<string, FolderTarget>(StringComparer.Ordinal);
        var oldLayout = new HashSet<string>(StringComparer.Ordinal);
        var warnings = new List<DiagnosticInfo>();
        foreach (var (relative, source) in files)
        {
            var parts = relative.Split('/');
            if (parts.Length == 2 && parts[1].EndsWith(".sbn", StringComparison.Ordinal) && IsName(parts[0]) && IsName(parts[1][..^".sbn".Length]))
            {
                var client = parts[1][..^".sbn".Length];
                oldLayout.Add(parts[0] + "-" + client);
                warnings.Add(new DiagnosticInfo(
                    DiagnosticIds.OldTemplateLayout,
                    Severity.Warning,
                    $"'{relative}' is in the old layout <language>/<client>.sbn: move it to {parts[0]}/{client}/{client}.sbn, beside an optional target.json (docs/templates.md)",
                    source.Path,
                    default));
                Merge(targets, new FolderTarget(parts[0], client, source, null));
            }
            else if (parts.Length == 3 && IsName(parts[0]) && IsName(parts[1]) && parts[2] == parts[1] + ".sbn")
            {
                Merge(targets, new FolderTarget(parts[0], parts[1], source, null));
            }
            else if (parts.Length == 3 && IsName(parts[0]) && IsName(parts[1]) && parts[2] == TargetFileName)
            {
                Merge(targets, new FolderTarget(parts[0], parts[1], null, source));
            }
            else if (relative.EndsWith(".sbn", StringComparison.Ordinal))
            {
                throw new TemplatePackException(
                    $"the template '{source.Path}' is not named <language>/<client>/<client>.sbn with lower-case letters and digits (as in shell/curl/curl.sbn)");
            }
            else
            {
                throw new TemplatePackException(
                    $"'{source.Path}' is not in a target folder <language>/<client>/ named with lower-case letters and digits (as in shell/curl/target.json)");
            }
        }

        foreach (var id in oldLayout.Where(id => targets[id].TargetFile is not null))
        {
            throw new TemplatePackException($"the target '{id}' has a template in the old layout and a target.json: move the template into the target's folder");
        }

        return (targets.Values.ToArray(), warnings.ToEquatableArray());
    }

    private static void Merge(SortedDictionary<string, FolderTarget> targets, FolderTarget part)
    {
        if (!targets.TryGetValue(part.Id, out var found))
        {
            targets[part.Id] = part;
            return;
        }

        if (found.Template is not null && part.Template is not null)
        {
            throw new TemplatePackException($"the target '{part.Id}' has two templates, '{found.Template.Path}' and '{part.Template.Path}': keep {part.Language}/{part.Client}/{part.Client}.sbn");
        }

        targets[part.Id] = found with { Template = found.Template ?? part.Template, TargetFile = found.TargetFile ?? part.TargetFile };
    }

    private static bool IsName(string name) => NamePattern().IsMatch(name);

    [GeneratedRegex(@"^[a-z][a-z0-9]*\z")]
    private static partial Regex NamePattern();
}
