using System.Diagnostics;
using System.Text;

namespace HookSnippets.Snippets.Tests.Encoders;

/// <summary>Finds and runs the real language toolchains; missing ones skip a test, except under CI=true.</summary>
internal static class Toolchain
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>The full path of <paramref name="command"/> (a name looked up on PATH, or an absolute path).</summary>
    public static string Require(string command)
    {
        var path = Find(command);
        if (path is null && Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail($"{command} is required when CI=true (scripts/install-toolchains.sh installs it).");
        }

        Skip.If(path is null, $"{command} is not installed; run scripts/install-toolchains.sh to enable this check.");
        return path!;
    }

    public static byte[] Run(
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
        var stderr = error.GetAwaiter().GetResult();
        Assert.True(
            process.ExitCode == 0,
            $"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{stderr}");
        return output.ToArray();
    }

    /// <summary>Runs a program and returns its standard output lines (LF-separated UTF-8, without the final newline).</summary>
    public static string[] RunLines(
        string fileName, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var text = Encoding.UTF8.GetString(Run(fileName, arguments, workingDirectory, environment));
        return text.EndsWith('\n') ? text[..^1].Split('\n') : text.Length == 0 ? [] : text.Split('\n');
    }

    private static string? Find(string command)
    {
        if (Path.IsPathRooted(command))
        {
            return File.Exists(command) ? command : null;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(directory, command);
            if (directory.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
