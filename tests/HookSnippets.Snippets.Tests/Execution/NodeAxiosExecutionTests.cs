using HookSnippets.Snippets.Tests.Toolchains;
using HookSnippets.Snippets.Tests.Syntax;

namespace HookSnippets.Snippets.Tests.Execution;

public sealed class NodeAxiosExecutionTests : ScriptExecutionTests
{
    protected override string TargetId => "node-axios";

    protected override string RequireRuntime() => Toolchain.Require("node", "/usr/bin/node", "/usr/local/bin/node");

    protected override string[] Arguments(string file, TrustPaths? trust) => [file];

    protected override IReadOnlyDictionary<string, string> Environment(TrustPaths? trust) =>
        trust is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["NODE_EXTRA_CA_CERTS"] = trust.CaPem };

    /// <summary>An ES module import resolves only from a node_modules beside or above the file (NODE_PATH is ignored).</summary>
    protected override void PrepareFolder(string folder)
    {
        var modules = Path.Combine(ScriptSamples.RepositoryRoot, "tools", "node_modules");
        if (!File.Exists(Path.Combine(modules, "axios", "package.json")))
        {
            const string message = "axios is not installed in tools/node_modules (scripts/install-toolchains.sh, or npm install axios@1 in tools/).";
            Assert.False(Toolchain.IsCi, message + " CI=true: a missing toolchain is a failure.");
            Skip.If(true, message);
        }

        Directory.CreateSymbolicLink(Path.Combine(folder, "node_modules"), modules);
    }
}
