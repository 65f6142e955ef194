namespace HookSnippets.Verification.Runners;

/// <summary>
/// Go libraries samples import from Debian's source packages (<c>/usr/share/gocode/src</c>), built offline in module
/// mode: GOPATH mode cannot resolve a <c>/v2</c> import path such as resty's, so the samples' go.mod requires the
/// module and <c>replace</c>s it, and every module in its requirement graph, by Debian's folder. Debian ships no
/// go.mod (or no source) for some modules that graph names but the library never imports (x/term, x/tools, x/mod):
/// each gets an empty module of its own in the work folder, so that a sample importing one fails to build.
/// </summary>
internal static class DebianGoModules
{
    public const string GoCode = "/usr/share/gocode/src";

    /// <summary>A library: the Debian package of target.json, its module path and version, and its folder below <see cref="GoCode"/>.</summary>
    public sealed record Library(string DebianPackage, string Name, string Module, string Version, string Folder);

    public static IReadOnlyList<Library> Known { get; } =
    [
        new("golang-github-go-resty-resty-dev", "resty", "github.com/go-resty/resty/v2", "v2.6.0", "github.com/go-resty/resty"),
    ];

    /// <summary>The modules resty's go.mod (and those it requires) name, Debian's x/net, x/sys, x/text among them.</summary>
    private static readonly string[] Graph = ["golang.org/x/net", "golang.org/x/sys", "golang.org/x/text", "golang.org/x/term", "golang.org/x/tools", "golang.org/x/mod"];

    public static IEnumerable<Library> NeededBy(Snippets.Targets.SnippetTarget target) =>
        Known.Where(library => target.Toolchain.Debian.Contains(library.DebianPackage));

    /// <summary>What the target lacks here, or null.</summary>
    public static string? Missing(Snippets.Targets.SnippetTarget target) =>
        NeededBy(target).FirstOrDefault(library => !File.Exists(Path.Combine(GoCode, library.Folder, "go.mod"))) is { } missing
            ? $"{missing.Name} is missing ({Path.Combine(GoCode, missing.Folder)} not found; Debian package {missing.DebianPackage})"
            : null;

    /// <summary>The go.mod lines that require <paramref name="libraries"/> from Debian's folders (empty modules written below <paramref name="module"/> where Debian has none).</summary>
    public static string Requirements(IReadOnlyCollection<Library> libraries, string module)
    {
        if (libraries.Count == 0)
        {
            return "";
        }

        var lines = new List<string>();
        lines.AddRange(libraries.Select(library => $"require {library.Module} {library.Version}"));
        lines.AddRange(libraries.Select(library => $"replace {library.Module} => {Path.Combine(GoCode, library.Folder)}"));
        foreach (var dependency in Graph)
        {
            var folder = Path.Combine(GoCode, dependency);
            if (!File.Exists(Path.Combine(folder, "go.mod")))
            {
                folder = Path.Combine(module, "_debian", dependency.Replace('/', '_'));
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "go.mod"), $"module {dependency}\n");
            }

            lines.Add($"replace {dependency} => {folder}");
        }

        return "\n" + string.Join("\n", lines) + "\n";
    }
}
