using System.Buffers;
using System.Collections.Concurrent;
using System.Text;

namespace HookSnippets.RecordingServer;

/// <summary>
/// Follows the decrypted HTTP/1.x byte stream of one connection and keeps each request's head as sent.
/// Kestrel groups known headers in its own order and spells their names its own way; verify needs the
/// client's order and spelling, so the header lines are read from the bytes Kestrel consumed. Bodies are
/// skipped by their framing (Content-Length or chunked) to find where the next request starts.
/// </summary>
internal sealed class Http1WireTap
{
    private enum State { Head, FixedBody, ChunkSize, ChunkData, ChunkDataEnd, Trailers }

    // Above Kestrel's request line and header limits, so Kestrel rejects an oversized line first.
    private const int MaxLineLength = 1024 * 1024;

    private readonly ConcurrentQueue<Http1RequestHead> _heads = new();
    private readonly List<string> _lines = [];
    private readonly List<byte> _line = [];
    private State _state = State.Head;
    private long _remaining;
    private bool _broken;

    /// <summary>Takes the oldest request head not yet taken.</summary>
    public bool TryTake(out Http1RequestHead head) => _heads.TryDequeue(out head!);

    /// <summary>Feeds bytes the server consumed, in order.</summary>
    public void Observe(ReadOnlySequence<byte> consumed)
    {
        foreach (var segment in consumed)
        {
            var span = segment.Span;
            var i = 0;
            while (i < span.Length && !_broken)
            {
                i += Step(span[i..]);
            }
        }
    }

    private int Step(ReadOnlySpan<byte> data)
    {
        switch (_state)
        {
            case State.FixedBody:
            case State.ChunkData:
                var take = (int)Math.Min(_remaining, data.Length);
                _remaining -= take;
                if (_remaining == 0)
                {
                    _state = _state == State.FixedBody ? State.Head : State.ChunkDataEnd;
                }

                return take;
            default:
                var end = data.IndexOf((byte)'\n');
                var part = end < 0 ? data : data[..end];
                if (_line.Count + part.Length > MaxLineLength)
                {
                    // Kestrel rejects such requests and closes the connection; stop following it.
                    _broken = true;
                    return data.Length;
                }

                foreach (var b in part)
                {
                    _line.Add(b);
                }

                if (end < 0)
                {
                    return data.Length;
                }

                if (_line.Count > 0 && _line[^1] == (byte)'\r')
                {
                    _line.RemoveAt(_line.Count - 1);
                }

                var line = Encoding.UTF8.GetString(_line.ToArray());
                _line.Clear();
                OnLine(line);
                return end + 1;
        }
    }

    private void OnLine(string line)
    {
        switch (_state)
        {
            case State.Head when line.Length == 0 && _lines.Count == 0:
                return; // blank lines before a request line are allowed (RFC 9112 section 2.2)
            case State.Head when line.Length == 0:
                CompleteHead();
                return;
            case State.Head:
                _lines.Add(line);
                return;
            case State.ChunkSize:
                var size = line.Split(';', 2)[0].Trim();
                if (!long.TryParse(size, System.Globalization.NumberStyles.AllowHexSpecifier, null, out _remaining) || _remaining < 0)
                {
                    _broken = true;
                    return;
                }

                _state = _remaining == 0 ? State.Trailers : State.ChunkData;
                return;
            case State.ChunkDataEnd:
                _state = State.ChunkSize;
                return;
            case State.Trailers:
                if (line.Length == 0)
                {
                    _state = State.Head;
                }

                return;
        }
    }

    private void CompleteHead()
    {
        var requestLine = _lines[0].Split(' ');
        var headers = new List<KeyValuePair<string, string>>(_lines.Count - 1);
        foreach (var line in _lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                headers.Add(new(line[..colon], line[(colon + 1)..].Trim(' ', '\t')));
            }
        }

        _lines.Clear();
        if (requestLine.Length == 3)
        {
            _heads.Enqueue(new Http1RequestHead(requestLine[0], requestLine[1], headers));
        }

        var transferEncoding = string.Join(",", headers.Where(h => Is(h.Key, "Transfer-Encoding")).Select(h => h.Value));
        var contentLength = headers.FirstOrDefault(h => Is(h.Key, "Content-Length")).Value;
        if (transferEncoding.Length > 0)
        {
            _state = transferEncoding.Split(',').Last().Trim().Equals("chunked", StringComparison.OrdinalIgnoreCase)
                ? State.ChunkSize
                : State.Head;
            _broken = _state == State.Head; // a body delimited by closing the connection: nothing follows it
        }
        else if (contentLength is not null && long.TryParse(contentLength, out var length) && length > 0)
        {
            _remaining = length;
            _state = State.FixedBody;
        }
    }

    private static bool Is(string name, string expected) => string.Equals(name, expected, StringComparison.OrdinalIgnoreCase);
}
