using HookSnippets.Verification;

namespace HookSnippets.Conformance.Tests;

/// <summary>One verify run over the shipped endpoints.json, every target, shared by the tests that read it.</summary>
public sealed class ShippedRun
{
    private readonly Lazy<VerifyReport> _report = new(() => Verification.Run(Repository.ShippedDescription, output: null));

    public VerifyReport Report => _report.Value;
}
