using System.Diagnostics;

namespace HookSnippets.Verification.Runners;

/// <summary>
/// The one headless Chromium of a browser batch. It runs with a HOME folder of its own whose NSS database
/// (<c>$HOME/.pki/nssdb</c>, where Chromium on Linux reads the certificates a user trusts) holds the run's CA, added
/// with <c>certutil -A -t "C,,"</c>: Chromium checks the recorder's certificate as it would any site's, and nothing
/// switches the check off. It listens for DevTools on a port it picks and writes into its profile folder
/// (DevToolsActivePort), where the hosts read it.
/// </summary>
public sealed class ChromiumProcess(string folder, RunContext context) : SharedProcess
{
    private Process? _process;

    protected override async Task StartAsync(CancellationToken ct)
    {
        var home = Path.Combine(folder, "home");
        var nssdb = Path.Combine(home, ".pki", "nssdb");
        var profile = Path.Combine(folder, "profile");
        if (Directory.Exists(profile))
        {
            Directory.Delete(profile, recursive: true);
        }

        Directory.CreateDirectory(profile);
        if (!Directory.Exists(nssdb))
        {
            Directory.CreateDirectory(nssdb);
            await CertutilAsync(["-N", "-d", "sql:" + nssdb, "--empty-password"], ct).ConfigureAwait(false);
            await CertutilAsync(["-A", "-d", "sql:" + nssdb, "-t", "C,,", "-n", "HookSnippets verify run CA", "-i", context.Trust.CaPem], ct).ConfigureAwait(false);
        }

        var command = ProcessRun.Command(
            "chromium",
            [
                "--headless",
                // verify runs as root in CI and containers, where Chromium's sandbox cannot start (it refuses to run
                // as root with it); the pages it loads are verify's own samples against a local recorder.
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
                "--user-data-dir=" + profile,
                "about:blank",
            ],
            folder);
        command.Environment["HOME"] = home;
        var clock = Stopwatch.StartNew();
        _process = Process.Start(command) ?? throw new SampleHostException("could not start chromium");
        _ = _process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var errors = _process.StandardError.ReadToEndAsync(CancellationToken.None);
        var port = Path.Combine(profile, "DevToolsActivePort");
        while (!File.Exists(port) || File.ReadAllText(port).Split('\n').Length < 2)
        {
            if (_process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(Math.Max(30, context.Timeout.TotalSeconds)))
            {
                await StopAsync().ConfigureAwait(false);
                throw new SampleHostException($"chromium did not start: {(errors.IsCompleted ? errors.Result : "no DevTools port within the timeout")}");
            }

            await Task.Delay(50, ct).ConfigureAwait(false);
        }
    }

    protected override async Task StopAsync()
    {
        if (_process is not { } process)
        {
            return;
        }

        _process = null;
        await ProcessRun.KillTreeAsync(process).ConfigureAwait(false);
        RemoveSingletonFolder();
    }

    /// <summary>
    /// A killed Chromium leaves the folder of its singleton socket in the system's temp folder
    /// (<c>org.chromium.Chromium.*</c>, kept short there for the socket path's length limit): the profile's
    /// <c>SingletonSocket</c> link points into it, so it is removed from there.
    /// </summary>
    private void RemoveSingletonFolder()
    {
        try
        {
            var link = new FileInfo(Path.Combine(folder, "profile", "SingletonSocket"));
            if (link.LinkTarget is { } target
                && Path.GetDirectoryName(target) is { } socketFolder
                && Path.GetFileName(socketFolder).StartsWith("org.chromium.Chromium.", StringComparison.Ordinal))
            {
                Directory.Delete(socketFolder, recursive: true);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Already gone, or never made: nothing is left behind either way.
        }
    }

    private async Task CertutilAsync(string[] arguments, CancellationToken ct)
    {
        var outcome = await ProcessRun.RunAsync(ProcessRun.Command("certutil", arguments, folder), context.Timeout, ct).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            throw new SampleHostException($"certutil {string.Join(' ', arguments)} failed: {outcome.Combined}");
        }
    }
}
