using HookSnippets.Snippets.Tests.Toolchains;

namespace HookSnippets.Snippets.Tests.Syntax;

public sealed class NodeSyntaxTests
{
    [SkippableTheory]
    [InlineData("node-fetch", ScriptSamples.Shipped)]
    [InlineData("node-fetch", ScriptSamples.Hostile)]
    [InlineData("node-fetch", ScriptSamples.EdgeCases)]
    [InlineData("node-axios", ScriptSamples.Shipped)]
    [InlineData("node-axios", ScriptSamples.Hostile)]
    [InlineData("node-axios", ScriptSamples.EdgeCases)]
    public async Task Every_sample_is_a_valid_es_module(string targetId, string description)
    {
        var node = Toolchain.Require("node", "/usr/bin/node", "/usr/local/bin/node");

        // The .mjs extension makes node parse the file as an ES module (import, top-level await).
        await SyntaxCheck.EachFileAsync(targetId, description, node, file => ["--check", file]);
    }
}
