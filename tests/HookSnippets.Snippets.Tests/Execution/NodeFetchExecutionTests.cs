using HookSnippets.Snippets.Tests.Toolchains;

namespace HookSnippets.Snippets.Tests.Execution;

public sealed class NodeFetchExecutionTests : ScriptExecutionTests
{
    protected override string TargetId => "node-fetch";

    protected override string RequireRuntime() => Toolchain.Require("node", "/usr/bin/node", "/usr/local/bin/node");

    protected override string[] Arguments(string file, TrustPaths? trust) => [file];

    // NODE_EXTRA_CA_CERTS adds the test CA to Node's built-in roots.
    protected override IReadOnlyDictionary<string, string> Environment(TrustPaths? trust) =>
        trust is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["NODE_EXTRA_CA_CERTS"] = trust.CaPem };
}
