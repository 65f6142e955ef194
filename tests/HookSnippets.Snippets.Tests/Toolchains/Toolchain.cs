using System.Diagnostics;

namespace HookSnippets.Snippets.Tests.Toolchains;

/// <summary>Runs a language's own tools on rendered samples; skips when the tool is absent, except under CI=true.</summary>
internal static class Toolchain
{
    public static bool IsCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>The tool's path; a missing tool skips the test, or fails it under CI=true.</summary>
    public static string Require(string name, params string[] candidates)
    {
        var found = candidates.FirstOrDefault(File.Exists);
        if (found is null && IsCi)
        {
            Assert.Fail($"{name} is not installed ({string.Join(", ", candidates)}); under CI=true every toolchain must be present (scripts/install-toolchains.sh)");
        }

        Skip.If(found is null, $"{name} is not installed ({string.Join(", ", candidates)}); run scripts/install-toolchains.sh");
        return found!;
    }

    /// <summary>Runs a process to completion and fails the test, showing its output, when it does not exit 0.</summary>
    public static string Run(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within 60 s");
        }

        Assert.True(process.ExitCode == 0, $"{fileName} {string.Join(' ', start.ArgumentList)} exited {process.ExitCode}:\n{output.Result}\n{error.Result}");
        return output.Result;
    }
}
