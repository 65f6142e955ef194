using HookSnippets.Description.Model;

namespace HookSnippets.OpenApi.CodeSamples;

/// <summary>One <c>x-codeSamples</c> entry: <see cref="Lang"/> and <see cref="Label"/> say which target wrote it.</summary>
public sealed record CodeSample(string Lang, string Label, string Source);

/// <summary>
/// The samples of one description operation, and how to find it in the OpenAPI file: by <see cref="Source"/> when the
/// description says where it was imported from, else by its own <see cref="Method"/> and <see cref="Path"/>.
/// </summary>
public sealed record OperationSamples(string Id, string Method, string Path, OperationSource? Source, IReadOnlyList<CodeSample> Samples);
