using HookSnippets.Snippets.Tests.Toolchains;

namespace HookSnippets.Snippets.Tests.Execution;

public sealed class RubyNetHttpExecutionTests : ScriptExecutionTests
{
    protected override string TargetId => "ruby-nethttp";

    protected override string RequireRuntime() => Toolchain.Require("ruby", "/usr/bin/ruby");

    protected override string[] Arguments(string file, TrustPaths? trust) => [file];

    protected override IReadOnlyDictionary<string, string> Environment(TrustPaths? trust) =>
        trust is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["SSL_CERT_FILE"] = trust.Bundle };
}
