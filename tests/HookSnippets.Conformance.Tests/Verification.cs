using HookSnippets.Snippets.Rendering;
using HookSnippets.Verification;
using HookSnippets.Verification.Matrix;
using Xunit.Abstractions;

namespace HookSnippets.Conformance.Tests;

/// <summary>Runs verify in-process the way the CLI does, printing the matrix to the test output.</summary>
internal static class Verification
{
    public static VerifyReport Run(string description, ITestOutputHelper? output, IReadOnlyList<string>? targets = null, IReadOnlyList<string>? operations = null, string? templates = null, TimeSpan? timeout = null)
    {
        var report = Verifier.RunAsync(Options(description, targets, operations, templates, timeout), SilentProgress.Instance).GetAwaiter().GetResult();
        output?.WriteLine(ResultMatrix.Write(report));
        return report;
    }

    public static VerifyOptions Options(string description, IReadOnlyList<string>? targets = null, IReadOnlyList<string>? operations = null, string? templates = null, TimeSpan? timeout = null) =>
        new()
        {
            Api = Repository.Read(description),
            DescriptionPath = description,
            Pack = templates is null ? TemplatePack.Embedded : TemplatePack.WithOverrides(templates),
            Targets = targets ?? [],
            Operations = operations ?? [],
            ToolsDirectory = Repository.Tools,
            Ci = Toolchain.IsCi,
            SampleTimeout = timeout ?? TimeSpan.FromSeconds(60),
        };

    /// <summary>Skips (outside CI) when a toolchain or template was missing; under CI that is a failure.</summary>
    public static void SkipUnlessComplete(VerifyReport report)
    {
        var skipped = ResultMatrix.Skipped(report).Select(s => $"{s.Target}: {s.Reason}").ToArray();
        Toolchain.SkipUnlessCi(skipped.Length > 0, "missing toolchains or templates (run scripts/install-toolchains.sh):\n" + string.Join("\n", skipped));
    }
}
