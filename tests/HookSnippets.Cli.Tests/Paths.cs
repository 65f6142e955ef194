namespace HookSnippets.Cli.Tests;

internal static class Paths
{
    public static string RepositoryRoot => global::HookSnippets.Tests.Shared.RepositoryRoot.Folder;

    public static string Endpoints => Path.Combine(RepositoryRoot, "endpoints.json");

    public static string Hostile => Path.Combine(RepositoryRoot, "tests", "fixtures", "hostile.endpoints.json");
}

/// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hooksnippets-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string this[string relativePath] => System.IO.Path.Combine(Path, relativePath);

    public string Write(string relativePath, string text)
    {
        var file = this[relativePath];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>Every file under <paramref name="relativePath"/> with its bytes, for before/after comparisons.</summary>
    public IReadOnlyDictionary<string, byte[]> Snapshot(string relativePath) =>
        Directory.EnumerateFiles(this[relativePath], "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => System.IO.Path.GetRelativePath(this[relativePath], f), File.ReadAllBytes);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
