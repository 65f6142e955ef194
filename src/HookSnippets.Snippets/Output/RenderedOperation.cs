using System.Security.Cryptography;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Output;

/// <summary>One operation as rendered: its request model, its docs page and its samples, in target order.</summary>
public sealed record RenderedOperation(OperationModel Model, string DocsFile, IReadOnlyList<RenderedSample> Samples);

/// <summary>One sample file; <see cref="File"/> is relative to the snippets folder.</summary>
public sealed record RenderedSample(SnippetTarget Target, string File, string Text)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(RenderedFiles.Utf8.GetBytes(Text)));
}
