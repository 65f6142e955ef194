namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// The repository root, the OpenAPI files kept under
/// <c>tests/fixtures/openapi</c> (sources in the README beside them) and this project's own small fixtures.
/// </summary>
internal static class TestFiles
{
    public static string RepositoryRoot => global::HookSnippets.Tests.Shared.RepositoryRoot.Folder;

    public static string HooksOpenApi => OpenApi("auth0/auth0-hooks-openapi.json");

    public static string ManagementOpenApi => OpenApi("auth0/auth0-management-api-oas.json");

    /// <summary>A file below <c>tests/fixtures/openapi</c>.</summary>
    public static string OpenApi(string relative) => Path.Combine(RepositoryRoot, "tests", "fixtures", "openapi", relative);

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
