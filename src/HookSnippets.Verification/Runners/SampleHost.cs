using System.Diagnostics;
using System.Text;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// A long-lived process of a runner that runs samples one at a time, so that a runtime's start-up is paid once per
/// worker instead of once per sample (one JVM, one .NET host, one warm interpreter forking a child per sample). The
/// protocol is a line each way per sample, tab separated: the host prints <c>READY</c> once warmed up; verify writes
/// <c>RUN</c>, the sample's entry (a file, a class folder, an assembly), its working folder and the two files its
/// standard output and error go to; the host answers <c>DONE</c> and the exit code the sample would have had as a
/// process of its own. A sample's turn ends where its own process would have ended (its main thread and the threads
/// that keep a program alive). A sample that hangs is killed with its host, one that exits the host ends it (its
/// exit code is the sample's): either way the next sample gets a fresh host, so a request is never counted in the
/// turn of another sample.
/// </summary>
public sealed class SampleHost(ProcessStartInfo start, string runnerName, TimeSpan startTimeout) : IAsyncDisposable
{
    private Process? _process;
    private Task<string>? _hostErrors;
    private string? _startFailure;

    /// <summary>Runs one sample; <see cref="ProcessOutcome.Duration"/> excludes the host's start-up.</summary>
    /// <exception cref="SampleHostException">The host cannot be started (the sample is not run).</exception>
    public async Task<ProcessOutcome> RunAsync(PreparedSample sample, TimeSpan timeout, CancellationToken ct)
    {
        var process = await EnsureStartedAsync(ct).ConfigureAwait(false);
        var output = sample.Folder + ".stdout";
        var error = sample.Folder + ".stderr";
        File.WriteAllBytes(output, []);
        File.WriteAllBytes(error, []);

        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        string? answer;
        try
        {
            await process.StandardInput.WriteLineAsync($"RUN\t{sample.Entry}\t{sample.Folder}\t{output}\t{error}".AsMemory(), deadline.Token).ConfigureAwait(false);
            await process.StandardInput.FlushAsync(deadline.Token).ConfigureAwait(false);
            answer = await process.StandardOutput.ReadLineAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await StopAsync().ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            return new ProcessOutcome(-1, Read(output), Read(error), TimedOut: true, clock.Elapsed);
        }
        catch (IOException)
        {
            // The host ended between samples (nothing of this sample ran): the next call starts a fresh one.
            answer = null;
        }

        if (answer is not null && answer.StartsWith("DONE\t", StringComparison.Ordinal) && int.TryParse(answer.AsSpan(5), out var exitCode))
        {
            return new ProcessOutcome(exitCode, Read(output), Read(error), TimedOut: false, clock.Elapsed);
        }

        // The sample ended the host (an exit call, a crash): the host's exit code is the sample's.
        var (code, hostErrors) = await EndedAsync(process).ConfigureAwait(false);
        var unexpected = answer is null ? "" : $"\n{runnerName} host: unexpected answer '{answer}'";
        return new ProcessOutcome(code, Read(output), (Read(error) + hostErrors + unexpected).Trim(), TimedOut: false, clock.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
            _process = null;
        }
    }

    private async Task<Process> EnsureStartedAsync(CancellationToken ct)
    {
        if (_startFailure is not null)
        {
            throw new SampleHostException(_startFailure);
        }

        if (_process is { HasExited: false } running)
        {
            return running;
        }

        _process?.Dispose();
        var process = Process.Start(start) ?? throw new SampleHostException($"could not start the {runnerName} host ({start.FileName})");
        _process = process;
        _hostErrors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(startTimeout);
        string? ready;
        try
        {
            ready = await process.StandardOutput.ReadLineAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            ct.ThrowIfCancellationRequested();
            ready = null;
        }

        if (ready != "READY")
        {
            await StopAsync().ConfigureAwait(false);
            var errors = await (_hostErrors ?? Task.FromResult("")).ConfigureAwait(false);
            _startFailure = $"the {runnerName} host did not start ({(ready is null ? "no answer within " + startTimeout.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + " s" : "it printed '" + ready + "'")}): {errors.Trim()}";
            throw new SampleHostException(_startFailure);
        }

        return process;
    }

    private async Task<(int ExitCode, string Errors)> EndedAsync(Process process)
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var errors = await (_hostErrors ?? Task.FromResult("")).ConfigureAwait(false);
        var code = process.ExitCode;
        process.Dispose();
        _process = null;
        return (code, errors.Length == 0 ? "" : "\n" + errors);
    }

    /// <summary>Kills the host with every process it started (a forked sample included).</summary>
    private async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        await ProcessRun.KillTreeAsync(process).ConfigureAwait(false);
    }

    private static string Read(string path) => File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : "";
}

/// <summary>A runner's host could not be started; the samples it would have run fail with this message.</summary>
public sealed class SampleHostException(string message) : Exception(message);
