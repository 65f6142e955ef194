namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// The MSBuild properties the generator reads (each null when the project does not set it). <see cref="ProjectDir"/>
/// is written by the .NET SDK for every project; it makes hint names independent of where the project is cloned.
/// </summary>
internal sealed record ProjectOptions(string? Namespace, string? ClientName, string? RootNamespace, string? TargetFramework, string? ProjectDir = null);
