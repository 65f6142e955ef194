namespace HookSnippets.Description.Tests.Validation;

/// <summary>Files of the repository under test.</summary>
internal static class RepositoryFiles
{
    public static string Root => RepositoryRoot.Folder;

    /// <summary>The shipped endpoints.json, as the CLI and the generator read it.</summary>
    public static string EndpointsJson => File.ReadAllText(Path.Combine(Root, "endpoints.json"));
}
