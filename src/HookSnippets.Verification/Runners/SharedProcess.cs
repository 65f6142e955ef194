namespace HookSnippets.Verification.Runners;

/// <summary>
/// A process that the hosts of one batch share (the browser runner's one Chromium): started when the first executor
/// needs it and stopped when the last one is disposed, so that every worker's host talks to the same instance.
/// </summary>
public abstract class SharedProcess
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _users;

    public async Task AcquireAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_users++ == 0)
            {
                await StartAsync(ct).ConfigureAwait(false);
            }
        }
        catch
        {
            _users--;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask ReleaseAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (--_users == 0)
            {
                await StopAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <exception cref="SampleHostException">The process cannot be started.</exception>
    protected abstract Task StartAsync(CancellationToken ct);

    protected abstract Task StopAsync();
}
