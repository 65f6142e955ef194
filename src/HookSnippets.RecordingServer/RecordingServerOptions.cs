namespace HookSnippets.RecordingServer;

/// <summary>Settings for <see cref="RecordingServer.StartAsync"/>.</summary>
public sealed class RecordingServerOptions
{
    /// <summary>Also listen for plain HTTP/1.1 on another port (<see cref="RecordingServer.HttpBaseAddress"/>).</summary>
    public bool EnablePlainHttp { get; init; }

    /// <summary>The first responder; defaults to 200 <c>{}</c>. Can be changed later through <see cref="RecordingServer.Responder"/>.</summary>
    public Func<RecordedRequest, RecordedResponse>? Responder { get; init; }

    /// <summary>
    /// A CA to reuse (the caller keeps owning it). When null the server makes its own and disposes it with itself.
    /// </summary>
    public TestCertificateAuthority? Authority { get; init; }

    /// <summary>The largest body accepted; larger requests are answered 413 by Kestrel.</summary>
    public long MaxRequestBodySize { get; init; } = 64 * 1024 * 1024;
}
