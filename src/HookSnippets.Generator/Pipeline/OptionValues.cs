using Microsoft.CodeAnalysis.Diagnostics;

namespace HookSnippets.Generator.Pipeline;

/// <summary>Reads an analyzer config value; MSBuild writes unset properties and metadata as empty, which means "not set".</summary>
internal static class OptionValues
{
    public static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static ProjectOptions ReadProject(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        return new ProjectOptions(
            Read(global, "build_property.HookSnippetsNamespace"),
            Read(global, "build_property.HookSnippetsClientName"),
            Read(global, "build_property.RootNamespace"),
            Read(global, "build_property.TargetFramework"),
            Read(global, "build_property.ProjectDir"),
            string.Equals(Read(global, "build_property.HookSnippetsDependencyInjection"), "true", System.StringComparison.OrdinalIgnoreCase));
    }
}
