using HookSnippets.RecordingServer;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// What runners share during one verify run: a work folder below the temp folder, the trust files of the run's CA,
/// the npm tools folder (holding node_modules with axios and tree-sitter), the descriptions (for the generated C#
/// clients) and the per-sample timeout.
/// </summary>
public sealed class RunContext(string workDirectory, TrustFiles trust, string? toolsDirectory, IReadOnlyList<VerifiedDescription> descriptions, TimeSpan timeout, int parallelism)
{
    public string WorkDirectory { get; } = workDirectory;

    public TrustFiles Trust { get; } = trust;

    /// <summary>The folder whose node_modules holds the npm packages, or null when none was found.</summary>
    /// <remarks>Absolute: a symbolic link to a relative path resolves from the link's folder (<c>--tools tools</c> made a
    /// dangling node_modules link, and the next runner asking for it stopped the run), and samples run in other folders.</remarks>
    public string? ToolsDirectory { get; } = toolsDirectory is null ? null : Path.GetFullPath(toolsDirectory);

    public string? NodeModules => ToolsDirectory is { } tools && Directory.Exists(Path.Combine(tools, "node_modules")) ? Path.Combine(tools, "node_modules") : null;

    /// <summary>The run's descriptions, by <see cref="Sample.DescriptionIndex"/>.</summary>
    public IReadOnlyList<VerifiedDescription> Descriptions { get; } = descriptions;

    public TimeSpan Timeout { get; } = timeout;

    /// <summary>How many compilers or samples run at once.</summary>
    public int Parallelism { get; } = parallelism;

    /// <summary>A new folder below the work folder.</summary>
    public string Folder(params string[] parts)
    {
        var path = Path.Combine([WorkDirectory, .. parts]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Links <paramref name="folder"/>/node_modules to the tools' node_modules (when there is one); returns the folder.</summary>
    public string LinkNodeModules(string folder)
    {
        var link = Path.Combine(folder, "node_modules");
        if (NodeModules is { } modules && !Directory.Exists(link))
        {
            Directory.CreateSymbolicLink(link, modules);
        }

        return folder;
    }

    /// <summary>
    /// Writes a helper file shipped inside this assembly into the work folder and returns its path: a runner's own file
    /// by its path below Runners/ (<c>Java/BatchCompile.java</c>), or the source generator (<c>HookSnippets.Generator.dll</c>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The file is not shipped: the build that made this assembly is broken.</exception>
    public string ExtractResource(string name)
    {
        var assembly = typeof(RunContext).Assembly;
        using var stream = assembly.GetManifestResourceStream("runners/" + name)
            ?? throw new InvalidOperationException($"{name} is not shipped in this build of verify");
        var path = Path.Combine(WorkDirectory, "runners", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // A runner preparing in the background may extract the same file as one in the foreground: each writes its
        // own copy and renames it into place, so neither finds the file locked nor reads it half written.
        var copy = $"{path}.{Guid.NewGuid():N}.part";
        using (var file = File.Create(copy))
        {
            stream.CopyTo(file);
        }

        File.Move(copy, path, overwrite: true);
        return path;
    }

    /// <summary>Runs <paramref name="work"/> for each item, at most <see cref="Parallelism"/> at a time, keeping the input order in the result.</summary>
    public async Task<TResult[]> ForEachAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> work, CancellationToken ct)
    {
        var results = new TResult[items.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, items.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct },
            async (i, _) => results[i] = await work(items[i]).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }
}
