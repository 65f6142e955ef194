namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// The repository root (the folder holding HookSnippets.sln), the OpenAPI files kept under
/// <c>tests/fixtures/openapi</c> (sources in the README beside them) and this project's own small fixtures.
/// </summary>
internal static class TestFiles
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string HooksOpenApi => OpenApi("auth0/auth0-hooks-openapi.json");

    public static string ManagementOpenApi => OpenApi("auth0/auth0-management-api-oas.json");

    /// <summary>A file below <c>tests/fixtures/openapi</c>.</summary>
    public static string OpenApi(string relative) => Path.Combine(RepositoryRoot, "tests", "fixtures", "openapi", relative);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

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
