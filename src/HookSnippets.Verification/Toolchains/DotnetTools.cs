using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification.Toolchains;

/// <summary>
/// Where <c>toolchains --install</c> puts a target's .NET tools (target.json <c>toolchain.dotnetTools</c>):
/// <c>dotnet tool install ID --version V --tool-path TOOLS/dotnet-tools/&lt;id&gt;/&lt;version&gt;</c>, one folder per
/// version, so that the version a target pins is the one its samples run with and a reader's own tools are untouched.
/// </summary>
public static class DotnetTools
{
    /// <summary>The tool path of <paramref name="pin"/> below <paramref name="tools"/>.</summary>
    public static string Folder(string tools, PackagePin pin) =>
        Path.Combine(tools, "dotnet-tools", pin.Name.ToLowerInvariant(), pin.Version.ToLowerInvariant());

    /// <summary>True when the tool's folder holds its install (the <c>.store</c> that dotnet tool install writes).</summary>
    public static bool Installed(string tools, PackagePin pin) => Directory.Exists(Path.Combine(Folder(tools, pin), ".store"));

    /// <summary>The command <paramref name="name"/> of one of the target's installed .NET tools, or null.</summary>
    public static string? Command(string? tools, SnippetTarget target, string name) =>
        tools is null || name.Contains('/', StringComparison.Ordinal)
            ? null
            : target.Toolchain.DotnetTools.Select(pin => Path.Combine(Folder(tools, pin), name)).FirstOrDefault(File.Exists);

    public static string InstallLine(string tools, PackagePin pin) =>
        $"dotnet tool install {pin.Name} --version {pin.Version} --tool-path {Folder(tools, pin)}";
}
