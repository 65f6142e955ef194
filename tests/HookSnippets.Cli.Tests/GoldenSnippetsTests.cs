namespace HookSnippets.Cli.Tests;

/// <summary>
/// The checked-in snippets/ folder is the render of the shipped endpoints.json with every target that has a template.
/// <c>HOOKSNIPPETS_ACCEPT=1 dotnet test</c> re-renders it after an intended change.
/// </summary>
public sealed class GoldenSnippetsTests
{
    [Fact]
    public void TheCheckedInSnippetsAreTheRenderOfEndpointsJson()
    {
        var snippets = Path.Combine(Paths.RepositoryRoot, "snippets");
        if (Environment.GetEnvironmentVariable("HOOKSNIPPETS_ACCEPT") == "1")
        {
            var render = CliRun.Of("render", Paths.Endpoints, "--out", snippets);
            Assert.True(render.ExitCode == 0, render.ToString());
        }

        var check = CliRun.Of("check", Paths.Endpoints, "--out", snippets);
        Assert.True(check.ExitCode == 0, "snippets/ is not the render of endpoints.json; if the change is intended, run HOOKSNIPPETS_ACCEPT=1 dotnet test tests/HookSnippets.Cli.Tests\n" + check);
    }
}
