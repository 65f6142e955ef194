using System.Globalization;

namespace HookSnippets.Generator.Tests.Infrastructure;

/// <summary>
/// Packs the generator once per test run with a unique prerelease version into a temporary folder that serves as a
/// local feed, so no cached package of an earlier run can ever be picked up.
/// </summary>
public sealed class PackedGenerator : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "hooksnippets-pack-" + Guid.NewGuid().ToString("N"));

    public string Version { get; } = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "." + Environment.ProcessId;

    public string Feed => Path.Combine(Directory, "feed");

    public string PackagePath => Path.Combine(Feed, $"HookSnippets.Generator.{Version}.nupkg");

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Feed);
        try
        {
            var result = await DotNetCli.RunAsync(
                RepositoryPaths.Root,
                null,
                TimeSpan.FromMinutes(5),
                "pack",
                RepositoryPaths.GeneratorProject,
                "-c",
                "Release",
                "-o",
                Feed,
                "-p:Version=" + Version,
                "-nodeReuse:false",
                "-p:UseSharedCompilation=false",
                "-nologo");
            result.EnsureSuccess("dotnet pack");
            Assert.True(File.Exists(PackagePath), $"{PackagePath} was not produced:\n{result.Output}");
        }
        catch
        {
            // xunit does not dispose a fixture whose initialisation failed.
            System.IO.Directory.Delete(Directory, recursive: true);
            throw;
        }
    }

    public Task DisposeAsync()
    {
        System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PackedGeneratorCollection : ICollectionFixture<PackedGenerator>
{
    public const string Name = "Packed generator";
}
