using System.Diagnostics;
using System.Text;

namespace HookSnippets.Verification;

/// <summary>How a child process ended; <see cref="TimedOut"/> means it was killed (with its children) at the deadline.</summary>
public sealed record ProcessOutcome(int ExitCode, string Output, string Error, bool TimedOut, TimeSpan Duration)
{
    public bool Succeeded => !TimedOut && ExitCode == 0;

    /// <summary>Standard output then standard error, trimmed, for logs and failure messages.</summary>
    public string Combined => (Output.TrimEnd() + "\n" + Error.TrimEnd()).Trim();
}

/// <summary>Starts a process with redirected output, waits at most a timeout, and kills its whole tree when it hangs.</summary>
public static class ProcessRun
{
    /// <summary>Kills a long-lived helper (a sample host, a browser) with every process it started, then releases it.</summary>
    public static async Task KillTreeAsync(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        process.Dispose();
    }

    public static ProcessStartInfo Command(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A sample must not inherit the test host's or the tool's own .NET and MSBuild settings.
        foreach (var name in new[] { "DOTNET_STARTUP_HOOKS", "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "VSTEST_HOST_DEBUG" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        // glibc writes a fatal error ("stack smashing detected") to the terminal, not to stderr, unless told otherwise:
        // without this the failure would show only an exit code.
        start.Environment["LIBC_FATAL_STDERR_"] = "1";
        return start;
    }

    /// <exception cref="System.ComponentModel.Win32Exception">The program cannot be started.</exception>
    public static async Task<ProcessOutcome> RunAsync(ProcessStartInfo start, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            timedOut = !ct.IsCancellationRequested;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
        }

        return new ProcessOutcome(process.ExitCode, await output.ConfigureAwait(false), await error.ConfigureAwait(false), timedOut, clock.Elapsed);
    }

    /// <summary>The full path of a program on PATH, or null.</summary>
    public static string? Find(string program)
    {
        if (Path.IsPathRooted(program))
        {
            return File.Exists(program) ? program : null;
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The first non-empty line a version command prints (stdout, else stderr), or null when it cannot run or fails.</summary>
    public static string? VersionLine(string program, params string[] arguments)
    {
        try
        {
            var outcome = RunAsync(Command(program, arguments, Path.GetTempPath()), TimeSpan.FromSeconds(30), CancellationToken.None).GetAwaiter().GetResult();
            if (!outcome.Succeeded)
            {
                return null;
            }

            var text = outcome.Output.Trim().Length > 0 ? outcome.Output : outcome.Error;
            return text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
