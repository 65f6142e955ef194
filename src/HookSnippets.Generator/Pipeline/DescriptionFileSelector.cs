using System;
using System.Threading;
using HookSnippets.Description;
using HookSnippets.Description.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// Picks the additional files that are descriptions: every file named <c>endpoints.json</c> (any case), and any
/// item with <c>HookSnippets="true"</c>; <c>HookSnippets="false"</c> opts an endpoints.json out.
/// </summary>
internal static class DescriptionFileSelector
{
    public const string DefaultFileName = "endpoints.json";

    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    private const int Utf8CodePage = 65001;

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
                var text = file.GetText(cancellationToken);
                return NotUtf8(text, path) is { } problem
                    ? new DescriptionFile(path, null, fileOptions, problem)
                    : new DescriptionFile(path, text?.ToString(), fileOptions);
            },
            problem => new DescriptionFile(path, null, FileOptions.None, problem),
            cancellationToken);
    }

    /// <summary>
    /// HS1001, as <c>validate</c> reports it, for a file the compiler could not decode as UTF-8: it then falls back to
    /// another code page (Windows-1252 where it has one) or follows a UTF-16 byte order mark. Encoding the text back
    /// gives the file's bytes. Where the fallback is UTF-8 itself, the reader finds the U+FFFD it put in their place.
    /// </summary>
    private static DiagnosticInfo? NotUtf8(SourceText? text, string path)
    {
        if (text?.Encoding is not { } encoding || encoding.CodePage == Utf8CodePage)
        {
            return null;
        }

        var preamble = encoding.GetPreamble();
        var body = encoding.GetBytes(text.ToString());
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, preamble.Length);
        return DescriptionReader.NotUtf8(bytes, path);
    }

    /// <summary>Compares the last path segment by hand: <c>Path.GetFileName</c> throws on some paths under .NET Framework (Visual Studio).</summary>
    internal static bool IsDefaultFileName(string path)
    {
        var separator = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        var name = path.Substring(separator + 1);
        return string.Equals(name, DefaultFileName, StringComparison.OrdinalIgnoreCase);
    }
}
