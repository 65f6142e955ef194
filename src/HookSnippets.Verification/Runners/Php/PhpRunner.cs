using System.Diagnostics;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// php-curl: <c>php -d curl.cainfo=BUNDLE sample.php</c> (PHP's curl ignores SSL_CERT_FILE). The syntax check
/// compiles every file in one php (check_syntax.php). A target whose Debian packages bring a library
/// (<see cref="PhpLibraries"/>: Guzzle, pecl_http) is not run while that library is missing: its samples would only
/// fail on a missing file or class.
/// </summary>
/// <param name="libraryRoot">Where the libraries' files are looked for (Debian's folder; a test points it elsewhere).</param>
public sealed class PhpRunner(string libraryRoot = PhpLibraries.DebianRoot) : ScriptRunner
{
    private IReadOnlySet<string>? _extensions;

    public override string Name => "php";

    /// <summary>Beyond the npm check: each PHP library the target's Debian packages bring, missing here.</summary>
    public override string? MissingFor(SnippetTarget target, RunContext context)
    {
        var missing = PhpLibraries.Known
            .Where(library => target.Toolchain.Debian.Contains(library.DebianPackage) && !Present(library))
            .Select(library => library.File is { } file
                ? $"{library.Name} is missing ({Path.Combine(libraryRoot, file)} not found; Debian package {library.DebianPackage})"
                : $"{library.Name} is missing (php does not load the extension '{library.Extension}'; Debian package {library.DebianPackage})")
            .ToArray();
        return missing.Length > 0 ? string.Join("; ", missing) : base.MissingFor(target, context);
    }

    private bool Present(PhpLibrary library) =>
        (library.File is null || File.Exists(Path.Combine(libraryRoot, library.File)))
        && (library.Extension is null || LoadedExtensions().Contains(library.Extension));

    /// <summary>The extensions php loads, asked once (lower case, as <c>extension_loaded</c> compares them).</summary>
    private IReadOnlySet<string> LoadedExtensions() => _extensions ??=
        (ProcessRun.VersionLine("php", "-r", "echo strtolower(implode(',', get_loaded_extensions()));") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    public override ToolchainStatus Detect(RunContext context)
    {
        if (ProcessRun.VersionLine("php", "--version") is not { } version)
        {
            return ToolchainStatus.Missing(Name, "php not found");
        }

        return ProcessRun.VersionLine("php", "-r", "echo extension_loaded('curl') ? 'curl' : '';") == "curl"
            ? ToolchainStatus.Found(Name, version)
            : ToolchainStatus.Missing(Name, "the PHP curl extension is missing");
    }

    /// <summary>
    /// ext-curl (and Guzzle over it) reads <c>curl.cainfo</c>; pecl_http reads no ini setting, so php-http samples
    /// pass CURL_CA_BUNDLE, the curl tool's own variable, to its setSslOptions when it is set.
    /// </summary>
    protected override ProcessStartInfo CreateCommand(string file, string folder, RunContext context)
    {
        var command = ProcessRun.Command("php", ["-d", "curl.cainfo=" + context.Trust.Bundle, file], folder);
        command.Environment["CURL_CA_BUNDLE"] = context.Trust.Bundle;
        return command;
    }

    protected override ProcessStartInfo SyntaxCommand(IReadOnlyList<string> files, string folder, RunContext context) =>
        ProcessRun.Command("php", ["-d", "opcache.enable_cli=1", context.ExtractResource("Php/check_syntax.php"), .. files], folder);
}
