namespace HookSnippets.Generator.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test output folder (walks up to the folder holding HookSnippets.sln).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string EndpointsJson => Path.Combine(Root, "endpoints.json");

    public static string GeneratorProject => Path.Combine(Root, "src", "HookSnippets.Generator", "HookSnippets.Generator.csproj");

    public static string Snapshots => Path.Combine(Root, "tests", "HookSnippets.Generator.Tests", "Snapshots");

    private static string FindRoot()
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
