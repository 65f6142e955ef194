using System.Diagnostics;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// Sends an http-http11 sample's bytes over TLS to the authority of its Host header, as a client would, and reports it
/// as a process would: the response's status line, headers and body as output, exit code 0 for a 2xx status and 1
/// otherwise, an error message for a transport or certificate failure. The server's certificate is checked: its name,
/// and its chain up to the one CA verify gives (the run's), in .NET's own custom trust setting.
/// </summary>
internal static class RawHttpSender
{
    public static async Task<ProcessOutcome> SendAsync(string file, string caPem, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cancel.CancelAfter(timeout);
        try
        {
            var message = RawHttpMessage.Parse(await File.ReadAllTextAsync(file, cancel.Token).ConfigureAwait(false));
            if (message.Problem() is { } problem)
            {
                return new ProcessOutcome(2, "", problem, false, clock.Elapsed);
            }

            var (host, port) = Authority(message.Host!);
            using var tcp = new TcpClient();
            await tcp.ConnectAsync(host, port, cancel.Token).ConfigureAwait(false);
            await using var tls = new SslStream(tcp.GetStream(), leaveInnerStreamOpen: false);
            var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
            policy.CustomTrustStore.ImportFromPemFile(caPem);
            await tls.AuthenticateAsClientAsync(
                new SslClientAuthenticationOptions
                {
                    TargetHost = host,
                    CertificateChainPolicy = policy,
                },
                cancel.Token).ConfigureAwait(false);
            await tls.WriteAsync(message.ToWire(), cancel.Token).ConfigureAwait(false);
            var (status, response) = await ReadResponseAsync(tls, message.Head[0].StartsWith("HEAD ", StringComparison.Ordinal), cancel.Token).ConfigureAwait(false);
            return new ProcessOutcome(status is >= 200 and < 300 ? 0 : 1, response, status is >= 200 and < 300 ? "" : $"HTTP status {status}", false, clock.Elapsed);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new ProcessOutcome(-1, "", $"no response within {timeout.TotalSeconds:0} s", true, clock.Elapsed);
        }
        catch (Exception e) when (e is IOException or SocketException or System.Security.Authentication.AuthenticationException or FormatException)
        {
            return new ProcessOutcome(1, "", e.GetType().Name + ": " + e.Message, false, clock.Elapsed);
        }
    }

    private static (string Host, int Port) Authority(string authority)
    {
        var uri = new Uri("https://" + authority);
        return (uri.IdnHost, uri.Port);
    }

    /// <summary>The status and the response as text (head with LF line ends, an empty line, the body), read to its end by Content-Length or chunks.</summary>
    private static async Task<(int Status, string Text)> ReadResponseAsync(Stream stream, bool head, CancellationToken ct)
    {
        var reader = new ResponseReader(stream);
        var lines = new List<string>();
        for (var line = await reader.LineAsync(ct).ConfigureAwait(false); line.Length > 0; line = await reader.LineAsync(ct).ConfigureAwait(false))
        {
            lines.Add(line);
        }

        var status = lines is [var first, ..] && first.Split(' ') is [_, var code, ..] && int.TryParse(code, out var parsed)
            ? parsed
            : throw new FormatException($"not an HTTP status line: {lines.FirstOrDefault()}");
        string? Header(string name) => lines.Skip(1).Select(l => l.Split(':', 2)).Where(p => p.Length == 2 && p[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase)).Select(p => p[1].Trim()).FirstOrDefault();

        var body = new MemoryStream();
        if (!head && status is not (204 or 304) && status >= 200)
        {
            if (Header("Transfer-Encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                for (var size = Convert.ToInt32((await reader.LineAsync(ct).ConfigureAwait(false)).Split(';')[0].Trim(), 16); size > 0; size = Convert.ToInt32((await reader.LineAsync(ct).ConfigureAwait(false)).Split(';')[0].Trim(), 16))
                {
                    await reader.CopyAsync(body, size, ct).ConfigureAwait(false);
                    await reader.LineAsync(ct).ConfigureAwait(false);
                }
            }
            else if (Header("Content-Length") is { } length)
            {
                await reader.CopyAsync(body, int.Parse(length, System.Globalization.CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
            }
        }

        return (status, string.Join("\n", lines) + "\n\n" + Encoding.UTF8.GetString(body.ToArray()));
    }

    /// <summary>Lines and counted bytes from a stream, through one buffer.</summary>
    private sealed class ResponseReader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[16384];
        private int _start;
        private int _end;

        public async Task<string> LineAsync(CancellationToken ct)
        {
            var line = new MemoryStream();
            while (true)
            {
                if (_start == _end && !await FillAsync(ct).ConfigureAwait(false))
                {
                    throw new IOException("the server closed the connection before the response ended");
                }

                var b = _buffer[_start++];
                if (b == '\n')
                {
                    var bytes = line.ToArray();
                    return Encoding.UTF8.GetString(bytes, 0, bytes.Length > 0 && bytes[^1] == '\r' ? bytes.Length - 1 : bytes.Length);
                }

                line.WriteByte(b);
            }
        }

        public async Task CopyAsync(Stream to, int count, CancellationToken ct)
        {
            while (count > 0)
            {
                if (_start == _end && !await FillAsync(ct).ConfigureAwait(false))
                {
                    throw new IOException("the server closed the connection before the body ended");
                }

                var n = Math.Min(count, _end - _start);
                to.Write(_buffer, _start, n);
                _start += n;
                count -= n;
            }
        }

        private async Task<bool> FillAsync(CancellationToken ct)
        {
            _start = 0;
            _end = await stream.ReadAsync(_buffer, ct).ConfigureAwait(false);
            return _end > 0;
        }
    }
}
