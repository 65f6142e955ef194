namespace HookSnippets.Verification;

/// <summary>Where verify reports what it is doing while it runs.</summary>
public interface IVerifyProgress
{
    /// <summary>A phase starts or something worth a line happened (a toolchain missing, a batch compiled).</summary>
    void Note(string text);

    /// <summary>A sample was judged: <paramref name="done"/> of <paramref name="total"/>.</summary>
    void Sample(SampleResult result, int done, int total);

    /// <summary>The run is over: a live line is cleared.</summary>
    void Complete();
}

/// <summary>
/// Progress on a console: on an interactive terminal one live line rewritten in place (and notes above it); otherwise
/// (CI logs, redirected output) one plain line per event, so logs stay readable.
/// </summary>
public sealed class ConsoleProgress(TextWriter writer, bool interactive) : IVerifyProgress
{
    private readonly Lock _gate = new();
    private bool _liveLineShown;

    /// <summary>Interactive when the error stream is a terminal and TERM is not <c>dumb</c>.</summary>
    public static bool IsInteractive => !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") is not (null or "dumb");

    public void Note(string text)
    {
        lock (_gate)
        {
            ClearLiveLine();
            writer.WriteLine(text);
            writer.Flush();
        }
    }

    public void Sample(SampleResult result, int done, int total)
    {
        var line = $"[{done}/{total}] {result.OperationId} {result.TargetId}: {Matrix.ResultMatrix.Label(result.Outcome)}";
        lock (_gate)
        {
            if (interactive)
            {
                writer.Write("\r\u001b[2K" + line);
                _liveLineShown = true;
            }
            else
            {
                writer.WriteLine(line);
            }

            writer.Flush();
        }
    }

    public void Complete()
    {
        lock (_gate)
        {
            ClearLiveLine();
            writer.Flush();
        }
    }

    private void ClearLiveLine()
    {
        if (_liveLineShown)
        {
            writer.Write("\r\u001b[2K");
            _liveLineShown = false;
        }
    }
}

/// <summary>Reports nothing (tests that only read the results).</summary>
public sealed class SilentProgress : IVerifyProgress
{
    public static SilentProgress Instance { get; } = new();

    public void Note(string text)
    {
    }

    public void Sample(SampleResult result, int done, int total)
    {
    }

    public void Complete()
    {
    }
}
