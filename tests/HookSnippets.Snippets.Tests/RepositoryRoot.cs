namespace HookSnippets.Snippets.Tests;

internal static class RepositoryRoot
{
    /// <summary>The folder holding HookSnippets.sln, found by walking up from the test binaries.</summary>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HookSnippets.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("HookSnippets.sln not found above " + AppContext.BaseDirectory);
    }
}
