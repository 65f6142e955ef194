using System.Security.Cryptography.X509Certificates;

namespace HookSnippets.RecordingServer.Tests;

public sealed class TestCertificateAuthorityTests
{
    [Fact]
    public void The_server_certificate_is_signed_by_the_ca_for_loopback_names_and_server_auth()
    {
        using var authority = TestCertificateAuthority.Create();
        var server = authority.ServerCertificate;

        Assert.True(server.HasPrivateKey);
        var names = server.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        Assert.Equal(["localhost"], names.EnumerateDnsNames());
        Assert.Equal(["127.0.0.1", "::1"], names.EnumerateIPAddresses().Select(a => a.ToString()));
        Assert.Equal(["1.3.6.1.5.5.7.3.1"], server.Extensions.OfType<X509EnhancedKeyUsageExtension>().Single().EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>().Select(o => o.Value));
        Assert.False(server.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);

        var ca = authority.Certificate;
        Assert.False(ca.HasPrivateKey);
        Assert.True(ca.Extensions.OfType<X509BasicConstraintsExtension>().Single().CertificateAuthority);
        Assert.True(ca.Extensions.OfType<X509KeyUsageExtension>().Single().KeyUsages.HasFlag(X509KeyUsageFlags.KeyCertSign));

        using var chain = new X509Chain { ChainPolicy = authority.CreateChainPolicy() };
        Assert.True(chain.Build(server), string.Join("; ", chain.ChainStatus.Select(s => s.StatusInformation)));
        Assert.Equal(ca.Thumbprint, chain.ChainElements[^1].Certificate.Thumbprint);
    }

    [Fact]
    public void Each_authority_is_fresh_and_trusts_only_its_own_server_certificate()
    {
        using var first = TestCertificateAuthority.Create();
        using var second = TestCertificateAuthority.Create();

        Assert.NotEqual(first.Certificate.Thumbprint, second.Certificate.Thumbprint);
        using var chain = new X509Chain { ChainPolicy = first.CreateChainPolicy() };
        Assert.False(chain.Build(second.ServerCertificate));
    }

    [Fact]
    public void Trust_files_hold_the_ca_and_the_bundle_appends_it_to_the_system_roots()
    {
        using var authority = TestCertificateAuthority.Create();
        using var folder = new TempFolder();

        var files = authority.WriteTrustFiles(folder.Path);

        Assert.Equal(Path.Combine(folder.Path, "ca.pem"), files.CaPem);
        var caPem = File.ReadAllText(files.CaPem);
        Assert.Equal(authority.CertificatePem, caPem);
        Assert.StartsWith("-----BEGIN CERTIFICATE-----\n", caPem);
        Assert.Equal(authority.Certificate.Thumbprint, X509Certificate2.CreateFromPem(caPem).Thumbprint);

        var bundle = File.ReadAllText(files.Bundle);
        Assert.EndsWith("\n" + caPem, bundle);
        if (File.Exists(TestCertificateAuthority.SystemBundlePath))
        {
            Assert.StartsWith(File.ReadAllText(TestCertificateAuthority.SystemBundlePath).TrimEnd('\n'), bundle);
        }

        if (Toolchain.Find("keytool") is not null)
        {
            Assert.NotNull(files.JavaTrustStore);
            var store = X509CertificateLoader.LoadPkcs12CollectionFromFile(files.JavaTrustStore!, TestCertificateAuthority.JavaTrustStorePassword);
            Assert.Equal(authority.Certificate.Thumbprint, Assert.Single(store).Thumbprint);
        }
    }

    [Fact]
    public void Trust_files_are_never_written_outside_the_temp_folder()
    {
        using var authority = TestCertificateAuthority.Create();
        // The file system root: the test binaries themselves may live under the temp folder (a CI clone in /tmp).
        var outside = Path.Combine(Path.GetPathRoot(Path.GetFullPath(Path.GetTempPath()))!, "hooksnippets-trust-" + Guid.NewGuid().ToString("N"));

        Assert.Throws<ArgumentException>(() => authority.WriteCaPem(outside));
        Assert.Throws<ArgumentException>(() => authority.WriteBundle(Path.Combine(Path.GetTempPath(), "..", "escape")));
        Assert.False(Directory.Exists(outside));
    }
}
