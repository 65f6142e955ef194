using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace HookSnippets.Generator.ClientTests;

/// <summary>
/// A fake clock that also tells which waits were started: tests advance it only once the client is waiting, and
/// assert the exact wait it asked for.
/// </summary>
internal sealed class ObservedTimeProvider : FakeTimeProvider
{
    private readonly BlockingCollection<TimeSpan> _waits = new();

    public ObservedTimeProvider()
        : base(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero))
    {
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _waits.Add(dueTime);
        return timer;
    }

    /// <summary>The next wait the client started, blocking until it does (or failing after 10 seconds).</summary>
    public TimeSpan NextWait()
    {
        Assert.True(_waits.TryTake(out var wait, TimeSpan.FromSeconds(10)), "The client started no wait.");
        return wait;
    }
}
