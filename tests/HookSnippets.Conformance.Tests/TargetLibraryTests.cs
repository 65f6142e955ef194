using HookSnippets.RecordingServer;
using HookSnippets.Snippets.Rendering;
using HookSnippets.Snippets.Targets;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// A library a target needs beyond its runner's toolchain (Guzzle or pecl_http for php, a NuGet package for dotnet)
/// makes that target's samples skipped with what is missing, which verify prints beside the install hint, instead of
/// samples failing on a missing file or class; the runner's other targets still run.
/// </summary>
public sealed class TargetLibraryTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("hooksnippets-libraries-").FullName;

    [SkippableFact]
    public void A_missing_Guzzle_leaves_php_guzzle_out_and_names_the_Debian_package()
    {
        Toolchain.Require("php");
        var empty = Directory.CreateDirectory(Path.Combine(_work, "no-php-libraries")).FullName;
        var runner = new PhpRunner(empty);

        Assert.Equal(
            $"Guzzle is missing ({empty}/GuzzleHttp/autoload.php not found; Debian package php-guzzlehttp-guzzle)",
            runner.MissingFor(Target("php-guzzle"), Context(_work)));
        Assert.Null(runner.MissingFor(Target("php-curl"), Context(_work)));
    }

    [SkippableFact]
    public void Debian_s_Guzzle_and_pecl_http_are_found_where_they_are_installed()
    {
        Toolchain.Require("php");
        var runner = new PhpRunner();
        var guzzle = runner.MissingFor(Target("php-guzzle"), Context(_work));
        var http = runner.MissingFor(Target("php-http"), Context(_work));
        // Installed by scripts/install-toolchains.sh: only a machine without them may skip, never CI.
        var missing = guzzle ?? http;
        Skip.If(!Toolchain.IsCi && missing is not null, missing);

        Assert.Null(guzzle);
        Assert.Null(http);
    }

    [Fact]
    public void A_NuGet_package_not_restored_into_the_tools_folder_leaves_its_target_out()
    {
        var tools = Directory.CreateDirectory(Path.Combine(_work, "empty-tools")).FullName;
        var runner = new DotnetRunner();

        Assert.Equal(
            $"NuGet package RestSharp 114.1.0 not installed in {tools}/nuget",
            runner.MissingFor(Target("csharp-restsharp"), Context(tools)));
        Assert.Null(runner.MissingFor(Target("csharp-httpclient"), Context(tools)));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static SnippetTarget Target(string id) => TemplatePack.Embedded.Targets.Single(t => t.Id == id);

    private RunContext Context(string tools)
    {
        using var authority = TestCertificateAuthority.Create();
        var trust = authority.WriteTrustFiles(Directory.CreateDirectory(Path.Combine(_work, "trust-" + Guid.NewGuid().ToString("N")[..8])).FullName);
        return new RunContext(_work, trust, tools, [], TimeSpan.FromSeconds(30), 1);
    }
}
