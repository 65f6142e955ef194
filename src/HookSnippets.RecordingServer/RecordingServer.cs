using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace HookSnippets.RecordingServer;

/// <summary>
/// A local HTTPS server (Kestrel on 127.0.0.1, a port chosen by the system) that records every request
/// as sent and answers from a queue of scripted responses, then from <see cref="Responder"/>.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Queue<RecordedResponse> _scripted = new();
    private readonly WebApplication _app;
    private readonly bool _ownsAuthority;
    private TaskCompletionSource _arrived = NewSignal();
    private int _waitCursor;
    private Func<RecordedRequest, RecordedResponse> _responder;

    private RecordingServer(WebApplication app, RecordingServerOptions options, TestCertificateAuthority authority, bool ownsAuthority)
    {
        _app = app;
        _ownsAuthority = ownsAuthority;
        _responder = options.Responder ?? (_ => RecordedResponse.EmptyJsonObject);
        Authority = authority;
        BaseAddress = null!;
    }

    /// <summary><c>https://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; private set; }

    /// <summary><c>http://127.0.0.1:PORT/</c> when plain HTTP was enabled, else null.</summary>
    public Uri? HttpBaseAddress { get; private set; }

    /// <summary>The CA that signed the server certificate.</summary>
    public TestCertificateAuthority Authority { get; }

    /// <summary>Answers requests when no scripted response is queued. Safe to set while running.</summary>
    public Func<RecordedRequest, RecordedResponse> Responder
    {
        get => Volatile.Read(ref _responder);
        set => Volatile.Write(ref _responder, value ?? throw new ArgumentNullException(nameof(value)));
    }

    /// <summary>A snapshot of the requests recorded so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    public static async Task<RecordingServer> StartAsync(RecordingServerOptions? options = null, CancellationToken ct = default)
    {
        options ??= new RecordingServerOptions();
        var ownsAuthority = options.Authority is null;
        var authority = options.Authority ?? TestCertificateAuthority.Create();
        RecordingServer? server = null;
        try
        {
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            // The default lifetime would take over Ctrl+C and SIGTERM of the process hosting the server.
            builder.Services.AddSingleton<IHostLifetime, PassiveHostLifetime>();
            builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            {
                kestrel.AddServerHeader = false;
                kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
                // Hostile descriptions put kilobytes of percent-encoded text into paths, queries and headers;
                // Kestrel's defaults (8 KB request line, 16 KB HTTP/2 header field) would reject them.
                kestrel.Limits.MaxRequestLineSize = 256 * 1024;
                kestrel.Limits.MaxRequestHeadersTotalSize = 512 * 1024;
                kestrel.Limits.Http2.MaxRequestHeaderFieldSize = 256 * 1024;
                kestrel.Listen(IPAddress.Loopback, 0, listen =>
                {
                    listen.Protocols = HttpProtocols.Http1AndHttp2;
                    listen.UseHttps(https =>
                    {
                        https.ServerCertificate = authority.ServerCertificate;
                        https.ServerCertificateChain = [authority.Certificate];
                    });
                    listen.Use(TapHttp1);
                });
                if (options.EnablePlainHttp)
                {
                    kestrel.Listen(IPAddress.Loopback, 0, listen =>
                    {
                        // HTTP/1.1 only: Java's h2c upgrade offer is ignored and answered over HTTP/1.1.
                        listen.Protocols = HttpProtocols.Http1;
                        listen.Use(TapHttp1);
                    });
                }
            });

            var app = builder.Build();
            server = new RecordingServer(app, options, authority, ownsAuthority);
            app.Run(server.HandleAsync);
            await app.StartAsync(ct).ConfigureAwait(false);

            var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
            server.BaseAddress = new Uri(addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)) + "/");
            server.HttpBaseAddress = options.EnablePlainHttp
                ? new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)) + "/")
                : null;
            return server;
        }
        catch
        {
            if (server is not null)
            {
                await server.DisposeAsync().ConfigureAwait(false);
            }
            else if (ownsAuthority)
            {
                authority.Dispose();
            }

            throw;
        }
    }

    /// <summary>Queues a response for the next request; queued responses are used in order before <see cref="Responder"/>.</summary>
    public void Enqueue(RecordedResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        lock (_gate)
        {
            _scripted.Enqueue(response);
        }
    }

    /// <summary>Forgets the recorded requests and the queued responses, and restarts <see cref="WaitForRequestAsync"/>.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _requests.Clear();
            _scripted.Clear();
            _waitCursor = 0;
        }
    }

    /// <summary>
    /// Returns the next recorded request not returned by an earlier call (the first one after start or
    /// <see cref="Clear"/>), waiting for it to arrive. Throws <see cref="TimeoutException"/> after <paramref name="timeout"/>.
    /// </summary>
    public async Task<RecordedRequest> WaitForRequestAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                if (_waitCursor < _requests.Count)
                {
                    return _requests[_waitCursor++];
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"No request arrived at {BaseAddress} within {timeout}.");
            }
        }
    }

    /// <summary>A handler that trusts this server's CA only, through a custom root trust (verification stays on).</summary>
    public SocketsHttpHandler CreateHandler() => Authority.CreateHandler();

    /// <summary>An HttpClient for <see cref="BaseAddress"/> that trusts this server's CA only.</summary>
    public HttpClient CreateClient() => new(CreateHandler(), disposeHandler: true) { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_ownsAuthority)
        {
            Authority.Dispose();
        }
    }

    private static ConnectionDelegate TapHttp1(ConnectionDelegate next) => async connection =>
    {
        var alpn = connection.Features.Get<ITlsApplicationProtocolFeature>()?.ApplicationProtocol;
        if (alpn is { Length: > 0 } protocol && protocol.Span.SequenceEqual("h2"u8))
        {
            await next(connection).ConfigureAwait(false);
            return;
        }

        var tap = new Http1WireTap();
        var transport = connection.Transport;
        connection.Transport = new TappedDuplexPipe(transport, tap);
        connection.Features.Set(tap);
        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            connection.Transport = transport;
        }
    };

    private async Task HandleAsync(HttpContext context)
    {
        var receivedAt = DateTimeOffset.UtcNow;
        var requestFeature = context.Features.GetRequiredFeature<IHttpRequestFeature>();
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);

        var method = context.Request.Method;
        var rawTarget = requestFeature.RawTarget;
        var headers = WireHeaders(context, method, rawTarget) ?? KestrelHeaders(context.Request.Headers);
        var request = new RecordedRequest(method, rawTarget, headers, body.ToArray(), context.Request.Protocol, receivedAt);

        RecordedResponse? response;
        TaskCompletionSource arrived;
        lock (_gate)
        {
            _requests.Add(request);
            _scripted.TryDequeue(out response);
            arrived = _arrived;
            _arrived = NewSignal();
        }

        arrived.SetResult();
        response ??= Responder(request);
        await WriteAsync(context.Response, response, context.RequestAborted).ConfigureAwait(false);
    }

    private static IReadOnlyList<KeyValuePair<string, string>>? WireHeaders(HttpContext context, string method, string rawTarget)
    {
        if (context.Features.Get<Http1WireTap>() is not { } tap || !tap.TryTake(out var head))
        {
            return null;
        }

        // A head that does not match Kestrel's view of the request means the tap lost track; Kestrel's headers are safer then.
        return head.Method == method && head.RawTarget == rawTarget ? head.Headers : null;
    }

    private static KeyValuePair<string, string>[] KestrelHeaders(IHeaderDictionary headers) =>
        headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v ?? ""))).ToArray();

    private static async Task WriteAsync(HttpResponse target, RecordedResponse response, CancellationToken ct)
    {
        target.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            target.Headers.Append(name, value);
        }

        if (response.Body is null)
        {
            if (response.Status is >= 200 and not 204 and not 304)
            {
                target.ContentLength = 0;
            }

            return;
        }

        var bytes = Encoding.UTF8.GetBytes(response.Body);
        target.ContentLength = bytes.Length;
        await target.Body.WriteAsync(bytes, ct).ConfigureAwait(false);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private sealed class PassiveHostLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
