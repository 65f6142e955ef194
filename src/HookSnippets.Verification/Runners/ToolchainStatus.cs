namespace HookSnippets.Verification.Runners;

/// <summary>A toolchain found (with its version line) or missing (with what to install and how).</summary>
public sealed record ToolchainStatus(string Name, string? Version, string InstallHint)
{
    public bool Available => Version is not null;

    public static ToolchainStatus Found(string name, string version) => new(name, version, "");

    public static ToolchainStatus Missing(string name, string hint) => new(name, null, hint);
}
