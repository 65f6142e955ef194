using System.Security.Cryptography;
using HookSnippets.Snippets.Requests;
using HookSnippets.Snippets.Targets;

namespace HookSnippets.Snippets.Output;

/// <summary>One operation as rendered: its docs page and its example sets, the first one first.</summary>
public sealed record RenderedOperation(string DocsFile, IReadOnlyList<RenderedSet> Sets)
{
    /// <summary>The request model of the first example set (the operation's default sample).</summary>
    public OperationModel Model => Sets[0].Model;

    /// <summary>The samples of the first example set, in target order.</summary>
    public IReadOnlyList<RenderedSample> Samples => Sets[0].Samples;
}

/// <summary>One example set of an operation: its request model and its samples, in target order.</summary>
public sealed record RenderedSet(OperationModel Model, IReadOnlyList<RenderedSample> Samples);

/// <summary>One sample file; <see cref="File"/> is relative to the snippets folder.</summary>
public sealed record RenderedSample(SnippetTarget Target, string File, string Text)
{
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(RenderedFiles.Utf8.GetBytes(Text)));
}
