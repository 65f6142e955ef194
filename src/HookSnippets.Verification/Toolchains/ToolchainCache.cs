namespace HookSnippets.Verification.Toolchains;

/// <summary>
/// The per-user folder where <c>hooksnippets toolchains --install</c> puts npm packages (<c>node_modules</c>) and NuGet
/// packages (<c>nuget</c>), and which <c>verify</c> reads by default outside a checkout: <c>$XDG_CACHE_HOME/hooksnippets/toolchains</c>,
/// else <c>~/.cache/hooksnippets/toolchains</c>.
/// </summary>
public static class ToolchainCache
{
    public static string Folder
    {
        get
        {
            var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)
                ? xdg
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(cache, "hooksnippets", "toolchains");
        }
    }
}
