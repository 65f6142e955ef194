using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookSnippets.Generator.Tests.Infrastructure;

/// <summary>
/// What MSBuild writes into the analyzer config for the generator: <c>build_property.*</c> globally and
/// <c>build_metadata.AdditionalFiles.*</c> per additional file path.
/// </summary>
internal sealed class TestOptionsProvider(
    ImmutableDictionary<string, string> global,
    ImmutableDictionary<string, ImmutableDictionary<string, string>> perFile) : AnalyzerConfigOptionsProvider
{
    public static TestOptionsProvider Create(
        IReadOnlyDictionary<string, string>? properties = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? metadata = null)
    {
        var global = (properties ?? new Dictionary<string, string>())
            .ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value);
        var files = (metadata ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
            .ToImmutableDictionary(
                f => f.Key,
                f => f.Value.ToImmutableDictionary(m => "build_metadata.AdditionalFiles." + m.Key, m => m.Value));
        return new TestOptionsProvider(global, files);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var values) ? new Options(values) : Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
