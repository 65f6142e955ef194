using System.Buffers;
using System.IO.Pipelines;

namespace HookSnippets.RecordingServer;

/// <summary>Passes reads through and shows every consumed byte, as received, to an <see cref="Http1WireTap"/>.</summary>
internal sealed class TappedPipeReader(PipeReader inner, Http1WireTap tap) : PipeReader
{
    private ReadOnlySequence<byte> _lastBuffer;
    private byte[] _received = [];

    public override void AdvanceTo(SequencePosition consumed) => AdvanceTo(consumed, consumed);

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        var length = _lastBuffer.Slice(_lastBuffer.Start, consumed).Length;
        tap.Observe(new ReadOnlySequence<byte>(_received, 0, (int)length));
        _lastBuffer = default;
        inner.AdvanceTo(consumed, examined);
    }

    public override void CancelPendingRead() => inner.CancelPendingRead();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override async ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        var result = await inner.ReadAsync(cancellationToken).ConfigureAwait(false);
        Remember(result.Buffer);
        return result;
    }

    public override bool TryRead(out ReadResult result)
    {
        if (!inner.TryRead(out result))
        {
            return false;
        }

        Remember(result.Buffer);
        return true;
    }

    private void Remember(ReadOnlySequence<byte> buffer)
    {
        // Kestrel percent-decodes the request path inside the read buffer before it advances, so the
        // bytes are copied while they are still as received.
        _lastBuffer = buffer;
        _received = buffer.ToArray();
    }
}

/// <summary>The connection's transport with a tapped input side.</summary>
internal sealed class TappedDuplexPipe(IDuplexPipe inner, Http1WireTap tap) : IDuplexPipe
{
    public PipeReader Input { get; } = new TappedPipeReader(inner.Input, tap);

    public PipeWriter Output => inner.Output;
}
