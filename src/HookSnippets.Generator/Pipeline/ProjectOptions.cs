namespace HookSnippets.Generator.Pipeline;

/// <summary>
/// The MSBuild properties the generator reads (each null when the project does not set it). <see cref="ProjectDir"/>
/// is written by the .NET SDK for every project; it makes hint names independent of where the project is cloned.
/// <see cref="DependencyInjection"/> is <c>HookSnippetsDependencyInjection</c>, which the package's targets set when the
/// project references Microsoft.Extensions.Http: a bool from MSBuild, so the generator never looks at the references
/// (or the Compilation) and an edit to code leaves everything cached.
/// </summary>
internal sealed record ProjectOptions(string? Namespace, string? ClientName, string? RootNamespace, string? TargetFramework, string? ProjectDir = null, bool DependencyInjection = false);
