namespace HookSnippets.Verification.Runners;

/// <summary>
/// Runs the prepared samples of one batch one at a time, for one worker: each in a process of its own, or in the
/// batch's host (started at the first hosted sample, restarted after a sample killed or ended it).
/// </summary>
public sealed class SampleExecutor(PreparedBatch batch, string runnerName, TimeSpan timeout) : IAsyncDisposable
{
    private SampleHost? _host;
    private bool _holdsShared;

    /// <exception cref="SampleHostException">The batch's host cannot be started.</exception>
    /// <exception cref="System.ComponentModel.Win32Exception">The sample's program cannot be started.</exception>
    public async Task<ProcessOutcome> RunAsync(PreparedSample sample, CancellationToken ct)
    {
        if (sample.Entry is not null && batch.Shared is { } shared && !_holdsShared)
        {
            await shared.AcquireAsync(ct).ConfigureAwait(false);
            _holdsShared = true;
        }

        return await RunOwnAsync(sample, ct).ConfigureAwait(false);
    }

    private Task<ProcessOutcome> RunOwnAsync(PreparedSample sample, CancellationToken ct)
    {
        if (sample.Command is { } command)
        {
            return ProcessRun.RunAsync(command, timeout, ct);
        }

        if (sample.Send is { } send)
        {
            return send(timeout, ct);
        }

        _host ??= new SampleHost(
            batch.Host ?? throw new InvalidOperationException($"{sample.Sample.Name} is hosted but the {runnerName} batch has no host"),
            runnerName,
            TimeSpan.FromSeconds(Math.Max(60, timeout.TotalSeconds * 2)));
        return _host.RunAsync(sample, timeout, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is { } host)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }

        if (_holdsShared)
        {
            _holdsShared = false;
            await batch.Shared!.ReleaseAsync().ConfigureAwait(false);
        }
    }
}
