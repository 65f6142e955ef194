namespace HookSnippets.Description.Tests.Validation;

/// <summary>Files of the repository under test, found by walking up from the test binaries to HookSnippets.sln.</summary>
internal static class RepositoryFiles
{
    public static string Root
    {
        get
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

    /// <summary>The shipped endpoints.json, as the CLI and the generator read it.</summary>
    public static string EndpointsJson => File.ReadAllText(Path.Combine(Root, "endpoints.json"));
}
