using HookSnippets.Description;

namespace HookSnippets.Snippets.Targets;

/// <summary>
/// What a machine needs to check and run a target's samples (target.json's <c>toolchain</c>): Debian packages, npm
/// packages (installed into verify's <c>--tools</c> folder), NuGet packages, and the command whose first line names
/// the installed version.
/// </summary>
public sealed record TargetToolchain(
    EquatableArray<string> Debian,
    EquatableArray<PackagePin> Npm,
    EquatableArray<PackagePin> NuGet,
    EquatableArray<string> VersionCommand)
{
    public static TargetToolchain None { get; } = new(EquatableArray<string>.Empty, EquatableArray<PackagePin>.Empty, EquatableArray<PackagePin>.Empty, EquatableArray<string>.Empty);

    /// <summary>
    /// Optional: .NET tools from NuGet (<c>{id, version}</c>), each installed by <c>dotnet tool install --tool-path</c>
    /// into <c>TOOLS/dotnet-tools/&lt;id&gt;/&lt;version&gt;/</c> (PowerShell's <c>pwsh</c>). A <c>versionCommand</c>
    /// naming one of their commands runs it from there.
    /// </summary>
    public EquatableArray<PackagePin> DotnetTools { get; init; } = EquatableArray<PackagePin>.Empty;
}

/// <summary>A package and the version (or npm range) to install.</summary>
public sealed record PackagePin(string Name, string Version);
