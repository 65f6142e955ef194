using HookSnippets.Description;
using HookSnippets.Description.Model;

namespace HookSnippets.Conformance.Tests;

/// <summary>What the tests read from the checkout they run from.</summary>
internal static class Repository
{
    public static string Root => RepositoryRoot.Folder;

    public static string ShippedDescription => Path.Combine(Root, "endpoints.json");

    public static string HostileDescription => Path.Combine(Root, "tests", "fixtures", "hostile.endpoints.json");

    public static string AuthBodiesDescription => Path.Combine(Root, "tests", "fixtures", "auth-bodies.endpoints.json");

    /// <summary>tools/ of the checkout (npm packages from scripts/install-toolchains.sh).</summary>
    public static string Tools => Path.Combine(Root, "tools");

    /// <summary>The fixtures copied next to the test assembly.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static ApiDescription Read(string path)
    {
        var result = DescriptionReader.Read(File.ReadAllText(path), path);
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Description!;
    }
}
