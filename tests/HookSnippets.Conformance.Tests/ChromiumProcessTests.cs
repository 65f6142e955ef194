using HookSnippets.RecordingServer;
using HookSnippets.Verification.Runners;

namespace HookSnippets.Conformance.Tests;

/// <summary>
/// The browser batch's Chromium is killed when its batch ends; the folder of its singleton socket, which Chromium
/// makes in the system's temp folder, goes with it (before, every verify run with a browser target left one in /tmp).
/// </summary>
public sealed class ChromiumProcessTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("hooksnippets-chromium-").FullName;

    [SkippableFact]
    public async Task A_stopped_Chromium_leaves_no_singleton_folder_in_the_temp_folder()
    {
        Toolchain.Require("chromium");
        Toolchain.Require("certutil", "Debian package libnss3-tools");
        using var authority = TestCertificateAuthority.Create();
        var trust = authority.WriteTrustFiles(Directory.CreateDirectory(Path.Combine(_work, "trust")).FullName);
        var context = new RunContext(_work, trust, null, [], TimeSpan.FromSeconds(30), 1);
        var folder = Path.Combine(_work, "chromium");
        var chromium = new ChromiumProcess(folder, context);

        await chromium.AcquireAsync(CancellationToken.None);
        var socketFolder = Path.GetDirectoryName(new FileInfo(Path.Combine(folder, "profile", "SingletonSocket")).LinkTarget);
        var existedWhileRunning = socketFolder is not null && Directory.Exists(socketFolder);
        await chromium.ReleaseAsync();

        Assert.True(existedWhileRunning, $"no singleton socket folder while Chromium ran ({socketFolder})");
        Assert.StartsWith(Path.GetTempPath().TrimEnd('/'), socketFolder!, StringComparison.Ordinal);
        Assert.False(Directory.Exists(socketFolder), $"{socketFolder} is left behind");
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
