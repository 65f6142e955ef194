using HookSnippets.Snippets.Targets;
using Microsoft.CodeAnalysis;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// The assemblies of a target's NuGet packages (target.json <c>toolchain.nuget</c>), as <c>toolchains --install</c>
/// restores them into <c>TOOLS/nuget/&lt;id&gt;/&lt;version&gt;/</c>: the <c>lib/</c> folder of the newest framework this
/// runtime can load (<c>net10.0</c>, else <c>net9.0</c>..., else <c>netstandard2.1</c>, <c>netstandard2.0</c>). Only that
/// target's samples compile against them, and the host loads them from that folder.
/// </summary>
internal static class NuGetReferences
{
    /// <summary>The package's folder below the tools folder, whether or not it is installed.</summary>
    public static string PackageFolder(string tools, PackagePin pin) =>
        Path.Combine(tools, "nuget", pin.Name.ToLowerInvariant(), pin.Version.ToLowerInvariant());

    /// <summary>What the target lacks (a package not restored, or without a library this runtime loads), or null.</summary>
    public static string? Missing(SnippetTarget target, RunContext context)
    {
        var missing = target.Toolchain.NuGet.Where(pin => LibFolder(context, pin) is null).Select(pin => $"{pin.Name} {pin.Version}").ToArray();
        return missing.Length == 0 ? null : $"NuGet package {string.Join(", ", missing)} not installed in {Path.Combine(context.ToolsDirectory ?? "the tools folder", "nuget")}";
    }

    /// <summary>The lib folders of the target's packages (one each; the caller checked <see cref="Missing"/>).</summary>
    public static IReadOnlyList<string> Folders(SnippetTarget target, RunContext context) =>
        target.Toolchain.NuGet.Select(pin => LibFolder(context, pin)).OfType<string>().ToArray();

    public static IReadOnlyList<MetadataReference> References(SnippetTarget target, RunContext context) =>
        Folders(target, context)
            .SelectMany(folder => Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
            .Select(file => (MetadataReference)MetadataReference.CreateFromFile(file))
            .ToArray();

    private static string? LibFolder(RunContext context, PackagePin pin)
    {
        if (context.ToolsDirectory is not { } tools || !Directory.Exists(Path.Combine(PackageFolder(tools, pin), "lib")))
        {
            return null;
        }

        var lib = Path.Combine(PackageFolder(tools, pin), "lib");
        string[] frameworks =
        [
            .. Enumerable.Range(5, Environment.Version.Major - 4).Reverse().Select(major => $"net{major}.0"),
            "netstandard2.1",
            "netstandard2.0",
        ];
        return frameworks.Select(framework => Path.Combine(lib, framework)).FirstOrDefault(Directory.Exists);
    }
}
