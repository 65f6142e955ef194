namespace HookSnippets.Verification.Runners;

/// <summary>
/// A PHP library a target's Debian package brings (target.json <c>toolchain.debian</c>), and how the php runner sees
/// that it is there: a file Debian installs below its PHP library folder, or an extension php loads.
/// </summary>
public sealed record PhpLibrary(string DebianPackage, string Name, string? File = null, string? Extension = null);

/// <summary>The PHP libraries the php runner knows, by the Debian package that installs them.</summary>
public static class PhpLibraries
{
    /// <summary>Where Debian puts PHP libraries (its autoloaders included).</summary>
    public const string DebianRoot = "/usr/share/php";

    public static IReadOnlyList<PhpLibrary> Known { get; } =
    [
        new("php-guzzlehttp-guzzle", "Guzzle", File: "GuzzleHttp/autoload.php"),
        new("php-http", "pecl_http", Extension: "http"),
        new("php-raphf", "raphf", Extension: "raphf"),
    ];
}
