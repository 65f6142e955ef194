using HookSnippets.Snippets.Tests.Toolchains;

namespace HookSnippets.Snippets.Tests.Execution;

public sealed class PhpCurlExecutionTests : ScriptExecutionTests
{
    protected override string TargetId => "php-curl";

    protected override string RequireRuntime() => Toolchain.Require("php", "/usr/bin/php");

    // PHP's curl ignores SSL_CERT_FILE; curl.cainfo replaces the default roots, hence the bundle.
    protected override string[] Arguments(string file, TrustPaths? trust) =>
        trust is null ? [file] : ["-d", "curl.cainfo=" + trust.Bundle, file];

    protected override IReadOnlyDictionary<string, string> Environment(TrustPaths? trust) => new Dictionary<string, string>();
}
