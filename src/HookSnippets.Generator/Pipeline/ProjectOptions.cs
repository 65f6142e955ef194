namespace HookSnippets.Generator.Pipeline;

/// <summary>The MSBuild properties the generator reads (each null when the project does not set it).</summary>
internal sealed record ProjectOptions(string? Namespace, string? ClientName, string? RootNamespace, string? TargetFramework);
