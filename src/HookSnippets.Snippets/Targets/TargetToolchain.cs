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
}

/// <summary>A package and the version (or npm range) to install.</summary>
public sealed record PackagePin(string Name, string Version);
