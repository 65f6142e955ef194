using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// Picks the additional files that are descriptions: every file named <c>endpoints.json</c> (any case), and any
/// item with <c>HookSnippets="true"</c>; <c>HookSnippets="false"</c> opts an endpoints.json out.
/// </summary>
internal static class DescriptionFileSelector
{
    public const string DefaultFileName = "endpoints.json";

    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public static DescriptionFile? Select(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var path = file.Path;
        return StepGuard.Run<DescriptionFile?>(
            path,
            "selecting the description files",
            () =>
            {
                var metadata = options.GetOptions(file);
                var flag = OptionValues.Read(metadata, MetadataPrefix + "HookSnippets");
                var picked = flag is null ? IsDefaultFileName(path) : string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
                if (!picked)
                {
                    return null;
                }

                var fileOptions = new FileOptions(
                    OptionValues.Read(metadata, MetadataPrefix + "HookSnippetsNamespace"),
                    OptionValues.Read(metadata, MetadataPrefix + "HookSnippetsClientName"));
                return new DescriptionFile(path, file.GetText(cancellationToken)?.ToString(), fileOptions);
            },
            problem => new DescriptionFile(path, null, FileOptions.None, problem),
            cancellationToken);
    }

    /// <summary>Compares the last path segment by hand: <c>Path.GetFileName</c> throws on some paths under .NET Framework (Visual Studio).</summary>
    internal static bool IsDefaultFileName(string path)
    {
        var separator = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = path.Substring(separator + 1);
        return string.Equals(name, DefaultFileName, StringComparison.OrdinalIgnoreCase);
    }
}
