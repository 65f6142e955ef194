namespace HookSnippets.Verification.Runners;

/// <summary>A toolchain found (with its version line) or missing (with what is missing; target.json says how to install it).</summary>
public sealed record ToolchainStatus(string Name, string? Version, string Problem)
{
    public bool Available => Version is not null;

    public static ToolchainStatus Found(string name, string version) => new(name, version, "");

    public static ToolchainStatus Missing(string name, string problem) => new(name, null, problem);
}
