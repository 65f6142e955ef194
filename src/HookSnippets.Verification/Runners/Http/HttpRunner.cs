namespace HookSnippets.Verification.Runners;

/// <summary>
/// http-http11: no toolchain. Each sample is the raw message; verify sends its bytes over TLS itself
/// (<see cref="RawHttpSender"/>, in process, no program started), trusting the run's CA only. The syntax check reads
/// each file as the message it stands for (<see cref="RawHttpMessage.Problem"/>): request line, header lines, one Host,
/// a Content-Length that counts the body's bytes.
/// </summary>
public sealed class HttpRunner : SampleRunner
{
    public override string Name => "http";

    /// <summary>Sending a message costs a TLS handshake in verify's process, far less than starting a program.</summary>
    public override double CostPerSample => 0.2;

    public override ToolchainStatus Detect(RunContext context) => ToolchainStatus.Found(Name, $"verify's own TLS client (.NET {Environment.Version})");

    public override Task<PreparedBatch> PrepareAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct) =>
        Task.FromResult(PreparedBatch.Processes(samples.Select(sample =>
        {
            var folder = context.Folder(Name, sample.Slug);
            var file = WriteSample(sample, folder, sample.Target.FileName);
            return PreparedSample.SentInProcess(sample, folder, (timeout, token) => RawHttpSender.SendAsync(file, context.Trust.CaPem, timeout, token));
        }).ToArray()));

    public override Task<IReadOnlyList<string?>> CheckSyntaxAsync(IReadOnlyList<Sample> samples, RunContext context, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string?>>(samples.Select(sample => RawHttpMessage.Parse(sample.Text).Problem()).ToArray());
}
