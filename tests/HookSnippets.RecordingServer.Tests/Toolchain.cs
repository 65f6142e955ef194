namespace HookSnippets.RecordingServer.Tests;

/// <summary>Finds external tools; a missing tool skips the test, except under CI=true where it fails it.</summary>
internal static class Toolchain
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Require(string name, string installHint)
    {
        var path = Find(name);
        if (path is not null)
        {
            return path;
        }

        var message = $"{name} is not installed ({installHint}).";
        if (IsCi)
        {
            Assert.Fail(message + " CI=true: a missing toolchain is a failure.");
        }

        Skip.If(true, message);
        return null!;
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
            .FirstOrDefault(File.Exists);
    }
}
