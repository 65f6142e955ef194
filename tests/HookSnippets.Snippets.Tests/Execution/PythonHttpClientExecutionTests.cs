using HookSnippets.Snippets.Tests.Toolchains;

namespace HookSnippets.Snippets.Tests.Execution;

public sealed class PythonHttpClientExecutionTests : ScriptExecutionTests
{
    protected override string TargetId => "python-httpclient";

    protected override string RequireRuntime() => Toolchain.Require("python3", "/usr/bin/python3");

    protected override string[] Arguments(string file, TrustPaths? trust) => [file];

    protected override IReadOnlyDictionary<string, string> Environment(TrustPaths? trust) =>
        trust is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["SSL_CERT_FILE"] = trust.Bundle };
}
