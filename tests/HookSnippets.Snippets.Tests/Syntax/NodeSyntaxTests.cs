using HookSnippets.Snippets.Tests.Samples;
using HookSnippets.Snippets.Tests.Toolchains;

namespace HookSnippets.Snippets.Tests.Syntax;

public sealed class NodeSyntaxTests
{
    [SkippableTheory]
    [InlineData("node-fetch", TestSamples.Shipped)]
    [InlineData("node-fetch", TestSamples.Hostile)]
    [InlineData("node-fetch", TestSamples.EdgeCases)]
    [InlineData("node-axios", TestSamples.Shipped)]
    [InlineData("node-axios", TestSamples.Hostile)]
    [InlineData("node-axios", TestSamples.EdgeCases)]
    public async Task Every_sample_is_a_valid_es_module(string targetId, string description)
    {
        var node = Toolchain.Require("node", "/usr/bin/node", "/usr/local/bin/node");

        using var scripts = new TempFolder();
        var check = scripts.Write("check-modules.mjs", CheckerScripts.EsModules);

        // One node process for all files; node --check takes one file per call.
        await SyntaxCheck.AllFilesAsync(targetId, description, node, files => ["--experimental-vm-modules", "--no-warnings", check, .. files]);
    }
}
