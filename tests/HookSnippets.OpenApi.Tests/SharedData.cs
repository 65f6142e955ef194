namespace HookSnippets.OpenApi.Tests;

/// <summary>
/// The repository root (the folder holding HookSnippets.sln) and ../shared beside it. Tests that read ../shared skip
/// when it is absent, except under CI=true, where its absence is a failure. HOOKSNIPPETS_SHARED_DIR names another
/// folder for checkouts that do not sit beside it (git worktrees).
/// </summary>
internal static class SharedData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string HooksOpenApi => Require("data/auth0-hooks-openapi.json");

    public static string ManagementOpenApi => Require("data/auth0-management-api-oas.json");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    private static string Require(string relative)
    {
        var shared = Environment.GetEnvironmentVariable("HOOKSNIPPETS_SHARED_DIR") is { Length: > 0 } overridden ? overridden : Path.Combine(RepositoryRoot, "..", "shared");
        var path = Path.GetFullPath(Path.Combine(shared, relative));
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            Assert.False(inCi, $"CI=true but {path} is missing.");
            Skip.If(true, $"{path} is absent (../shared beside the repository); this test needs it.");
        }

        return path;
    }

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
