namespace HookSnippets.Snippets.Output;

/// <summary>The snippets folder on disk: replaced as a whole, never left half-written.</summary>
public static class SnippetFolder
{
    public const string ManifestName = "manifest.json";

    /// <summary>
    /// Writes <paramref name="files"/> into a temporary sibling folder, then swaps it in for <paramref name="directory"/>.
    /// A failure leaves the old folder as it was.
    /// </summary>
    /// <exception cref="IOException">The folder exists but is not a snippets folder (no manifest.json), or a write failed.</exception>
    public static void Write(string directory, RenderedFiles files)
    {
        var target = Path.GetFullPath(directory);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, ManifestName)))
        {
            // Replacing the folder deletes what is in it: only do that to a folder this tool wrote.
            throw new IOException($"'{directory}' exists and is not a snippets folder (it has no {ManifestName}); choose another --out or empty it first");
        }

        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"'{directory}' has no parent folder");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new-{Guid.NewGuid():N}");
        var retired = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        try
        {
            foreach (var path in files.Paths)
            {
                var file = Path.Combine(staging, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, RenderedFiles.Utf8.GetBytes(files[path]));
            }

            Directory.CreateDirectory(staging);
            if (Directory.Exists(target))
            {
                Directory.Move(target, retired);
            }

            Directory.Move(staging, target);
        }
        catch
        {
            if (!Directory.Exists(target) && Directory.Exists(retired))
            {
                Directory.Move(retired, target);
            }

            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }

            throw;
        }

        if (Directory.Exists(retired))
        {
            Directory.Delete(retired, recursive: true);
        }
    }

    /// <summary>Every file under <paramref name="directory"/> (relative, <c>/</c>-separated, ordinal order); none when it does not exist.</summary>
    public static IReadOnlyList<string> List(string directory) => Directory.Exists(directory)
        ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(directory, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray()
        : [];
}
