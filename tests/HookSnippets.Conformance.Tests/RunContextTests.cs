using HookSnippets.RecordingServer;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Conformance.Tests;

public sealed class RunContextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hooksnippets-runcontext-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>
    /// <c>hooksnippets verify --tools tools</c> passed the relative path on: the node_modules link of the node runner's
    /// folder pointed at <c>tools/node_modules</c> relative to that folder, dangled, and the next runner asking for the
    /// folder stopped the whole run with "node_modules already exists".
    /// </summary>
    [Fact]
    public void A_relative_tools_folder_links_node_modules_that_resolve_and_links_again_without_error()
    {
        var tools = Path.Combine(_folder, "tools");
        Directory.CreateDirectory(Path.Combine(tools, "node_modules", "axios"));
        File.WriteAllText(Path.Combine(tools, "node_modules", "axios", "package.json"), """{"version":"1.0.0"}""");
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, tools);
        Assert.False(Path.IsPathFullyQualified(relative));

        var context = new RunContext(Directory.CreateDirectory(Path.Combine(_folder, "work")).FullName, new TrustFiles("ca.pem", "bundle.pem", null), relative, [new VerifiedDescription("endpoints.json", "api")], TimeSpan.FromSeconds(5), parallelism: 2);
        var folder = context.LinkNodeModules(context.Folder("node"));
        var again = context.LinkNodeModules(context.Folder("node"));

        Assert.Equal(tools, context.ToolsDirectory);
        Assert.Equal(folder, again);
        Assert.True(File.Exists(Path.Combine(folder, "node_modules", "axios", "package.json")));
    }
}
