using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace HookSnippets.RecordingServer;

/// <summary>
/// A certificate authority made in memory for one run, and a server certificate it signed for
/// 127.0.0.1, ::1 and localhost. Nothing is written anywhere unless a Write method is called, and
/// those write only below the system temp folder.
/// </summary>
public sealed class TestCertificateAuthority : IDisposable
{
    /// <summary>The password of the Java truststore written by <see cref="WriteJavaTrustStore"/>.</summary>
    public const string JavaTrustStorePassword = "changeit";

    /// <summary>Debian's bundle of system roots; tools whose CA variable replaces the default store need it.</summary>
    public const string SystemBundlePath = "/etc/ssl/certs/ca-certificates.crt";

    private TestCertificateAuthority(X509Certificate2 certificate, X509Certificate2 serverCertificate)
    {
        Certificate = certificate;
        ServerCertificate = serverCertificate;
        CertificatePem = certificate.ExportCertificatePem().ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>The CA certificate (public part only).</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The server certificate with a private key usable by SslStream.</summary>
    public X509Certificate2 ServerCertificate { get; }

    /// <summary>The CA certificate as PEM text ending with a newline.</summary>
    public string CertificatePem { get; }

    public static TestCertificateAuthority Create()
    {
        var now = DateTimeOffset.UtcNow;
        using var caKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var caRequest = new CertificateRequest("CN=HookSnippets Test CA, O=HookSnippets", caKey, HashAlgorithmName.SHA256);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign | X509KeyUsageFlags.DigitalSignature, true));
        caRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(caRequest.PublicKey, false));
        using var caWithKey = caRequest.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(2));

        using var serverKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var serverRequest = new CertificateRequest("CN=localhost", serverKey, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build(false));
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        serverRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            new OidCollection { new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication") }, false));
        serverRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(serverRequest.PublicKey, false));
        serverRequest.CertificateExtensions.Add(
            X509AuthorityKeyIdentifierExtension.CreateFromCertificate(caWithKey, true, false));

        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F;
        using var signed = serverRequest.Create(caWithKey, now.AddMinutes(-5), now.AddDays(1), serial);
        using var signedWithKey = signed.CopyWithPrivateKey(serverKey);

        // A key attached by CopyWithPrivateKey is not always usable by SslStream on Linux; a PFX round trip
        // gives the certificate an ephemeral key that is.
        var pfx = signedWithKey.Export(X509ContentType.Pkcs12);
        var serverCertificate = X509CertificateLoader.LoadPkcs12(pfx, null, X509KeyStorageFlags.Exportable);
        var caPublic = X509CertificateLoader.LoadCertificate(caWithKey.RawData);
        return new TestCertificateAuthority(caPublic, serverCertificate);
    }

    /// <summary>A chain policy that trusts this CA and nothing else.</summary>
    public X509ChainPolicy CreateChainPolicy()
    {
        var policy = new X509ChainPolicy
        {
            TrustMode = X509ChainTrustMode.CustomRootTrust,
            RevocationMode = X509RevocationMode.NoCheck,
        };
        policy.CustomTrustStore.Add(Certificate);
        return policy;
    }

    /// <summary>A handler whose TLS verification trusts this CA only (verification stays on).</summary>
    public SocketsHttpHandler CreateHandler() => new()
    {
        SslOptions = new SslClientAuthenticationOptions { CertificateChainPolicy = CreateChainPolicy() },
    };

    /// <summary>Writes <c>ca.pem</c> (this CA only) and returns its path.</summary>
    public string WriteCaPem(string directory)
    {
        var path = Path.Combine(EnsureTempDirectory(directory), "ca.pem");
        File.WriteAllText(path, CertificatePem, Utf8NoBom);
        return path;
    }

    /// <summary>Writes <c>bundle.pem</c> (the system roots when present, then this CA) and returns its path.</summary>
    public string WriteBundle(string directory)
    {
        var path = Path.Combine(EnsureTempDirectory(directory), "bundle.pem");
        var system = File.Exists(SystemBundlePath) ? File.ReadAllText(SystemBundlePath) : "";
        if (system.Length > 0 && !system.EndsWith('\n'))
        {
            system += "\n";
        }

        File.WriteAllText(path, system + CertificatePem, Utf8NoBom);
        return path;
    }

    /// <summary>
    /// Writes <c>truststore.p12</c> (PKCS12, password <see cref="JavaTrustStorePassword"/>) holding this CA
    /// with <c>keytool -importcert -noprompt</c>; returns its path, or null when keytool is not installed.
    /// </summary>
    public string? WriteJavaTrustStore(string directory)
    {
        var keytool = FindKeytool();
        if (keytool is null)
        {
            return null;
        }

        var folder = EnsureTempDirectory(directory);
        var caPem = WriteCaPem(folder);
        var path = Path.Combine(folder, "truststore.p12");
        File.Delete(path);
        var start = new ProcessStartInfo(keytool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-importcert", "-noprompt", "-alias", "hooksnippets-test-ca", "-file", caPem,
            "-keystore", path, "-storetype", "PKCS12", "-storepass", JavaTrustStorePassword,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {keytool}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("keytool did not finish within a minute.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"keytool exited with {process.ExitCode}: {output.Result}{error.Result}".TrimEnd());
        }

        return path;
    }

    /// <summary>Writes ca.pem, bundle.pem and (when keytool exists) truststore.p12.</summary>
    public TrustFiles WriteTrustFiles(string directory) =>
        new(WriteCaPem(directory), WriteBundle(directory), WriteJavaTrustStore(directory));

    public void Dispose()
    {
        Certificate.Dispose();
        ServerCertificate.Dispose();
    }

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private static string EnsureTempDirectory(string directory)
    {
        var full = Path.GetFullPath(directory);
        var temp = Path.GetFullPath(Path.GetTempPath());
        if (!full.StartsWith(Path.TrimEndingDirectorySeparator(temp) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Trust files are written below the temp folder ({temp}) only, not to {full}.", nameof(directory));
        }

        Directory.CreateDirectory(full);
        return full;
    }

    private static string? FindKeytool()
    {
        var javaHome = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(javaHome))
        {
            candidates.Add(Path.Combine(javaHome, "bin", "keytool"));
        }

        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            candidates.Add(Path.Combine(folder, "keytool"));
        }

        return candidates.FirstOrDefault(File.Exists);
    }
}

/// <summary>Paths of the trust files for the runtimes' own CA settings.</summary>
/// <param name="CaPem">This CA only (NODE_EXTRA_CA_CERTS).</param>
/// <param name="Bundle">System roots plus this CA (CURL_CA_BUNDLE, SSL_CERT_FILE, REQUESTS_CA_BUNDLE, curl.cainfo).</param>
/// <param name="JavaTrustStore">PKCS12 truststore, or null when keytool is absent (javax.net.ssl.trustStore).</param>
public sealed record TrustFiles(string CaPem, string Bundle, string? JavaTrustStore);
