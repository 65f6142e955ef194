using System.Buffers;
using System.IO.Pipelines;

namespace HookSnippets.RecordingServer;

/// <summary>Passes reads through and shows every consumed byte to an <see cref="Http1WireTap"/>.</summary>
internal sealed class TappedPipeReader(PipeReader inner, Http1WireTap tap) : PipeReader
{
    private ReadOnlySequence<byte> _lastBuffer;

    public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        // The buffer may be released by the inner AdvanceTo, so it is observed first.
        tap.Observe(_lastBuffer.Slice(_lastBuffer.Start, consumed));
        _lastBuffer = default;
        inner.AdvanceTo(consumed, examined);
    }

    public override void CancelPendingRead() => inner.CancelPendingRead();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        var result = await inner.ReadAsync(cancellationToken).ConfigureAwait(false);
        _lastBuffer = result.Buffer;
        return result;
    }

    public override bool TryRead(out ReadResult result)
    {
        if (!inner.TryRead(out result))
        {
            return false;
        }

        _lastBuffer = result.Buffer;
        return true;
    }
}

/// <summary>The connection's transport with a tapped input side.</summary>
internal sealed class TappedDuplexPipe(IDuplexPipe inner, Http1WireTap tap) : IDuplexPipe
{
    public PipeReader Input { get; } = new TappedPipeReader(inner.Input, tap);

    public PipeWriter Output => inner.Output;
}
