using System.Diagnostics;
using System.Text;

namespace HookSnippets.Tests.Shared;

/// <summary>
/// Finds and runs the tools a test needs. A missing tool skips the test, except under <c>CI=true</c> where it fails it
/// (scripts/install-toolchains.sh installs every tool; test.sh runs it first).
/// </summary>
internal static class Toolchain
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="name"/> (looked up on PATH, or an absolute path).</summary>
    public static string Require(string name, string installHint = "scripts/install-toolchains.sh installs it")
    {
        var path = Find(name);
        SkipUnlessCi(path is null, $"{name} is not installed ({installHint}).");
        return path!;
    }

    /// <summary>When <paramref name="missing"/>, skips the test with <paramref name="message"/>, or fails it under CI=true.</summary>
    public static void SkipUnlessCi(bool missing, string message)
    {
        if (missing)
        {
            Assert.False(IsCi, message + " CI=true: a missing toolchain is a failure.");
            Skip.If(true, message);
        }
    }

    public static string? Find(string name)
    {
        if (Path.IsPathRooted(name))
        {
            return File.Exists(name) ? name : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists) ?? DotnetTool(name);
    }

    /// <summary>
    /// A command of a .NET tool that <c>toolchains --install</c> put into the checkout's git-ignored
    /// <c>tools/dotnet-tools/&lt;id&gt;/&lt;version&gt;/</c> (PowerShell's <c>pwsh</c>), the newest version first; or null.
    /// </summary>
    private static string? DotnetTool(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var tools = Path.Combine(directory.FullName, "tools", "dotnet-tools");
            if (File.Exists(Path.Combine(directory.FullName, "HookSnippets.sln")))
            {
                return Directory.Exists(tools)
                    ? Directory.EnumerateDirectories(tools).SelectMany(Directory.EnumerateDirectories).OrderDescending(StringComparer.Ordinal)
                        .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists)
                    : null;
            }
        }

        return null;
    }

    /// <summary>Runs a program to completion and returns its standard output; fails the test, showing stderr, when it does not exit 0.</summary>
    public static byte[] Run(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var (exitCode, output, error) = RunToEnd(fileName, arguments, workingDirectory, environment);
        Assert.True(exitCode == 0, $"{fileName} {string.Join(' ', arguments)} exited with {exitCode}:\n{error}");
        return output;
    }

    /// <summary>Runs a program to completion (failing the test after a timeout) and returns its exit code and both streams.</summary>
    public static (int ExitCode, byte[] Output, string Error) RunToEnd(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within {Timeout}.");
        }

        copy.GetAwaiter().GetResult();
        return (process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult());
    }

    /// <summary>Runs a program and returns its standard output lines (LF-separated UTF-8, without the final newline).</summary>
    public static string[] RunLines(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var text = Encoding.UTF8.GetString(Run(fileName, arguments, workingDirectory, environment));
        return text.EndsWith('\n') ? text[..^1].Split('\n') : text.Length == 0 ? [] : text.Split('\n');
    }
}
