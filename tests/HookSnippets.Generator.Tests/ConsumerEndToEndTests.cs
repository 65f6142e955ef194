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

    /// <summary>
    /// One build, one run of the program: the build is the expensive part, so every step of the "done when" is
    /// a line of the same consumer program (ConsumerProgram.cs.txt) and of this test.
    /// </summary>
    [Fact]
    public async Task A_fresh_project_restores_the_package_from_the_local_feed_builds_and_uses_the_client_as_a_user_would()
    {
        Assert.False(ProjectDirectory.StartsWith(RepositoryPaths.Root, StringComparison.Ordinal));
        CreateProject();

        var build = await DotNetCli.RunAsync(ProjectDirectory, Environment, TimeSpan.FromMinutes(5), "build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-nologo");
        build.EnsureSuccess("dotnet build of the consumer");
        AssertRestoredFromLocalFeed();

        await using var server = await RecordingServer.RecordingServer.StartAsync();
        server.Enqueue(RecordedResponse.Json(201, "{}"));
        server.Enqueue(RecordedResponse.Json(200, """{"id":"HOOK_ID","name":"my-hook","triggerId":"on-the-moon","enabled":true}""", ("x-ratelimit-remaining", "9")));
        server.Enqueue(RecordedResponse.Json(200, """{"start":0,"limit":2,"total":5,"hooks":[{"id":"a"},{"id":"b"}]}"""));
        server.Enqueue(RecordedResponse.Json(200, """{"start":2,"limit":2,"total":5,"hooks":[{"id":"c"},{"id":"d"}]}"""));
        server.Enqueue(RecordedResponse.Json(200, """{"start":4,"limit":2,"total":5,"hooks":[{"id":"e"}]}"""));
        server.Enqueue(RecordedResponse.Json(200, """{"DI_SECRET":"_VALUE_NOT_SHOWN_"}"""));
        var caPem = server.Authority.WriteCaPem(_root);
        var dll = Path.Combine(ProjectDirectory, "bin", "Debug", "net10.0", ProjectName + ".dll");
        var run = await DotNetCli.RunAsync(ProjectDirectory, Environment, TimeSpan.FromMinutes(1), dll, server.BaseAddress.ToString(), caPem);
        run.EnsureSuccess("the consumer program");

        Assert.Equal(
            [
                "hooks.secrets.create: success",
                "hooks.get: on-the-moon, 9 calls left",
                "hooks.listAll: a,b,c,d,e",
                "fake: F1=on-the-moon,F2=credentials-exchange",
                "di: Auth0ManagementClient DI_SECRET",
            ],
            run.Output.Trim().Split('\n').Select(line => line.TrimEnd('\r')));

        // The fake sent nothing: the server saw the direct client's six requests and the resolved client's one.
        Assert.Equal(
            [
                "POST /hooks/HOOK_ID/secrets",
                "GET /hooks/HOOK_ID",
                "GET /hooks?page=0&include_totals=true",
                "GET /hooks?page=1&include_totals=true",
                "GET /hooks?page=2&include_totals=true",
                "GET /hooks/DI_HOOK_ID/secrets",
            ],
            server.Requests.Select(r => r.Method + " " + r.RawTarget));
        var create = server.Requests[0];
        Assert.Equal(["Bearer MGMT_API_ACCESS_TOKEN"], create.HeaderValues("Authorization"));
        Assert.StartsWith("application/json", Assert.Single(create.HeaderValues("Content-Type")), StringComparison.Ordinal);
        Assert.Equal("""{"HOOK_SECRET_KEY":"HOOK_SECRET_VALUE"}""", Encoding.UTF8.GetString(create.Body));
        Assert.All(server.Requests.Take(5), r => Assert.Equal(["Bearer MGMT_API_ACCESS_TOKEN"], r.HeaderValues("Authorization")));
        Assert.Equal(["Bearer DI_ACCESS_TOKEN"], server.Requests[5].HeaderValues("Authorization"));
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
                <PackageReference Include="Microsoft.Extensions.Http" Version="{PinnedVersion("Microsoft.Extensions.Http")}" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(
            Path.Combine(RepositoryPaths.Root, "tests", "HookSnippets.Generator.Tests", "EndToEnd", "ConsumerProgram.cs.txt"),
            Path.Combine(ProjectDirectory, "Program.cs"));
        File.Copy(RepositoryPaths.EndpointsJson, Path.Combine(ProjectDirectory, "endpoints.json"));
    }

    /// <summary>The version the repository pins in Directory.Packages.props, so the consumer uses what the tests use.</summary>
    private static string PinnedVersion(string package) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == package).Attribute("Version")!.Value;

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
