using HookSnippets.Description;
using HookSnippets.Description.Model;

namespace HookSnippets.Conformance.Tests;

/// <summary>The checkout the tests run from (the folder holding HookSnippets.sln) and what they read from it.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string ShippedDescription => Path.Combine(Root, "endpoints.json");

    public static string HostileDescription => Path.Combine(Root, "tests", "fixtures", "hostile.endpoints.json");

    /// <summary>tools/ of the checkout (npm packages from scripts/install-toolchains.sh).</summary>
    public static string Tools => Path.Combine(Root, "tools");

    public static bool Ci => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The fixtures copied next to the test assembly.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static ApiDescription Read(string path)
    {
        var result = DescriptionReader.Read(File.ReadAllText(path), path);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Description!;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "HookSnippets.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"HookSnippets.sln not found above {AppContext.BaseDirectory}");
    }
}
