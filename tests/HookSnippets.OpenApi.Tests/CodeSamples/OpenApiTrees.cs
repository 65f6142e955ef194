using System.Text.Json.Nodes;
using HookSnippets.OpenApi.Sources;
using DescriptionJsonWriter = HookSnippets.Description.Json.JsonWriter;

namespace HookSnippets.OpenApi.Tests.CodeSamples;

/// <summary>OpenAPI texts, JSON or YAML, as the order-keeping trees System.Text.Json reads.</summary>
internal static class OpenApiTrees
{
    /// <summary>The value a JSON or YAML reader sees (YAML through the importer's own reader).</summary>
    public static JsonNode Parse(string text, string name)
    {
        var read = SourceFiles.Parse(text.TrimStart('\uFEFF'), "/" + name, name);
        Assert.True(read.File is not null, read.Error?.ToString());
        return JsonNode.Parse(DescriptionJsonWriter.Write(read.File.Root, indented: false))!;
    }
}
