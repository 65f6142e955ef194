using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using HookSnippets.Generator.Tests.Infrastructure;
using HookSnippets.RecordingServer;

namespace HookSnippets.Generator.Tests;

/// <summary>
/// The path a real user takes: a fresh console project outside the repository (so none of its Directory.*.props
/// apply) restores the packed generator from a local folder feed, builds with warnings as errors, and its generated
/// client sends the expected request to the recording server.
/// </summary>
[Collection(PackedGeneratorCollection.Name)]
[Trait("Category", "EndToEnd")]
public sealed class ConsumerEndToEndTests(PackedGenerator package) : IDisposable
{
    private const string ProjectName = "HooksConsumer";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "hooksnippets-consumer-" + Guid.NewGuid().ToString("N"));

    private string ProjectDirectory => Path.Combine(_root, ProjectName);

    private string ProjectFile => Path.Combine(ProjectDirectory, ProjectName + ".csproj");

    /// <summary>A private package folder: nothing restored by an earlier run (or another branch) can be used.</summary>
    private string PackagesFolder => Path.Combine(_root, "packages");

    private Dictionary<string, string> Environment => new() { ["NUGET_PACKAGES"] = PackagesFolder };

    [Fact]
    public async Task A_fresh_project_restores_the_package_from_the_local_feed_builds_and_sends_the_expected_request()
    {
        Assert.False(ProjectDirectory.StartsWith(RepositoryPaths.Root, StringComparison.Ordinal));
        CreateProject();

        var build = await DotNetCli.RunAsync(ProjectDirectory, Environment, TimeSpan.FromMinutes(5), "build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-nologo");
        build.EnsureSuccess("dotnet build of the consumer");
        AssertRestoredFromLocalFeed();

        await using var server = await RecordingServer.RecordingServer.StartAsync();
        server.Enqueue(RecordedResponse.Json(201, "{}"));
        var caPem = server.Authority.WriteCaPem(_root);
        var dll = Path.Combine(ProjectDirectory, "bin", "Debug", "net10.0", ProjectName + ".dll");
        var run = await DotNetCli.RunAsync(ProjectDirectory, Environment, TimeSpan.FromMinutes(1), dll, server.BaseAddress.ToString(), caPem);
        run.EnsureSuccess("the consumer program");

        Assert.Equal("hooks.secrets.create: success", run.Output.Trim());
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/hooks/HOOK_ID/secrets", request.RawTarget);
        Assert.Equal(["Bearer MGMT_API_ACCESS_TOKEN"], request.HeaderValues("Authorization"));
        Assert.StartsWith("application/json", Assert.Single(request.HeaderValues("Content-Type")), StringComparison.Ordinal);
        Assert.Equal("""{"HOOK_SECRET_KEY":"HOOK_SECRET_VALUE"}""", Encoding.UTF8.GetString(request.Body));
    }

    [Fact]
    public async Task The_package_adds_endpoints_json_once_and_keeps_an_item_the_project_declares()
    {
        CreateProject();
        var restore = await DotNetCli.RunAsync(ProjectDirectory, Environment, TimeSpan.FromMinutes(3), "restore", "-nologo");
        restore.EnsureSuccess("dotnet restore of the consumer");

        var byDefault = await AdditionalFilesAsync();
        Assert.Equal([Path.Combine(ProjectDirectory, "endpoints.json")], byDefault.Select(i => i.FullPath));

        var project = XDocument.Load(ProjectFile);
        project.Root!.Add(new XElement(
            "ItemGroup",
            new XElement("AdditionalFiles", new XAttribute("Include", "endpoints.json"), new XAttribute("HookSnippetsClientName", "HooksApi"))));
        project.Save(ProjectFile);

        var declared = Assert.Single(await AdditionalFilesAsync());
        Assert.Equal(Path.Combine(ProjectDirectory, "endpoints.json"), declared.FullPath);
        Assert.Equal("HooksApi", declared.ClientName);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private void CreateProject()
    {
        Directory.CreateDirectory(ProjectDirectory);
        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="hooksnippets-local" value="{package.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(ProjectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="HookSnippets.Generator" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(
            Path.Combine(RepositoryPaths.Root, "tests", "HookSnippets.Generator.Tests", "EndToEnd", "ConsumerProgram.cs.txt"),
            Path.Combine(ProjectDirectory, "Program.cs"));
        File.Copy(RepositoryPaths.EndpointsJson, Path.Combine(ProjectDirectory, "endpoints.json"));
    }

    /// <summary>project.assets.json records the package's hash; it must be the hash of the .nupkg this run packed.</summary>
    private void AssertRestoredFromLocalFeed()
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(ProjectDirectory, "obj", "project.assets.json")));
        var library = assets.RootElement.GetProperty("libraries").GetProperty($"HookSnippets.Generator/{package.Version}");
        var expectedHash = Convert.ToBase64String(SHA512.HashData(File.ReadAllBytes(package.PackagePath)));
        Assert.Equal(expectedHash, library.GetProperty("sha512").GetString());

        var metadataPath = Path.Combine(PackagesFolder, "hooksnippets.generator", package.Version.ToLowerInvariant(), ".nupkg.metadata");
        using var metadata = JsonDocument.Parse(File.ReadAllText(metadataPath));
        Assert.Equal(package.Feed, metadata.RootElement.GetProperty("source").GetString()?.TrimEnd('/'));
    }

    private async Task<IReadOnlyList<(string FullPath, string ClientName)>> AdditionalFilesAsync()
    {
        var result = await DotNetCli.RunAsync(ProjectDirectory, Environment, TimeSpan.FromMinutes(2), "msbuild", ProjectFile, "-getItem:AdditionalFiles", "-nologo");
        result.EnsureSuccess("dotnet msbuild -getItem");
        var start = result.Output.IndexOf('{');
        using var json = JsonDocument.Parse(result.Output[start..]);
        return json.RootElement.GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(item => (
                item.GetProperty("FullPath").GetString()!,
                item.TryGetProperty("HookSnippetsClientName", out var name) ? name.GetString()! : string.Empty))
            .ToList();
    }
}
