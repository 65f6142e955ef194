namespace HookSnippets.Verification.Runners;

/// <summary>Every runner, once, by the name target.json's <c>runner</c> gives it; in the order verify runs them.</summary>
public static class SampleRunners
{
    /// <summary>Cheap interpreters first, the .NET batch build last (it prepares in the background meanwhile).</summary>
    public static IReadOnlyList<SampleRunner> All { get; } =
    [
        new CurlRunner(),
        new WgetRunner(),
        new HttpieRunner(),
        new HttpRunner(),
        new PythonRunner(),
        new RubyRunner(),
        new PhpRunner(),
        new NodeRunner(),
        new TypeScriptRunner(),
        new BrowserRunner(),
        new GoRunner(),
        new ObjectiveCRunner(),
        new JavaRunner(),
        new SwiftRunner(),
        new DotnetRunner(),
    ];

    /// <summary>The runner target.json names, or null for none or an unknown name.</summary>
    public static SampleRunner? Find(string? name) => All.FirstOrDefault(r => r.Name == name);
}
