using System;
using System.Globalization;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// Whether a consumer's <c>TargetFramework</c> can compile the generated client (TimeProvider, Utf8JsonWriter,
/// SocketsHttpHandler: net8.0 and later). Read from the MSBuild property, never from the Compilation, so that the
/// check stays cached.
/// </summary>
internal static class TargetFrameworkSupport
{
    private const int MinimumNetMajor = 8;

    /// <summary>
    /// False for netstandard*, netcoreapp*, .NET Framework (net48, net472) and net5.0-net7.0 (with any platform
    /// suffix); true for net8.0 and later, and when the project does not say (unknown is not reported as an error).
    /// </summary>
    public static bool IsSupported(string? targetFramework)
    {
        if (targetFramework is null)
        {
            return true;
        }

        var moniker = targetFramework.Trim().ToLowerInvariant();
        if (moniker.StartsWith("netstandard", StringComparison.Ordinal) || moniker.StartsWith("netcoreapp", StringComparison.Ordinal))
        {
            return false;
        }

        if (!moniker.StartsWith("net", StringComparison.Ordinal))
        {
            return true;
        }

        var version = moniker.Substring(3);
        var platform = version.IndexOf('-');
        if (platform >= 0)
        {
            version = version.Substring(0, platform);
        }

        var dot = version.IndexOf('.');
        if (dot < 0)
        {
            // net48, net472, net40: .NET Framework monikers have no dot.
            return false;
        }

        return int.TryParse(version.Substring(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            && major >= MinimumNetMajor;
    }
}
